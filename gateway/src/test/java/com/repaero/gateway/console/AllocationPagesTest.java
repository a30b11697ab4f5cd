package com.repaero.gateway.console;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import java.util.Map;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/**
 * An unmatched bank line allocated by hand over a customer's open invoices (prefilled oldest first, the rest shown as
 * credit, the service's refusals on the page), and a customer's credits used on an invoice.
 */
@QuarkusTest
@TestProfile(CustomerConsoleProfile.class)
class AllocationPagesTest {

    private static final String LINE_17 = """
            {"id": 17, "statementId": 3, "lineNumber": 2, "amount": 1500.00, "currency": "EUR", "credit": true,
             "bookingDate": "2026-11-18", "endToEndId": "E2E-88", "remittance": "VIR AVIA SUD NOV",
             "status": "UNMATCHED"}""";

    /** Two open invoices, the newer listed first: the page sorts them oldest first. */
    private static final String OPEN_INVOICES = """
            {"items": [
              {"id": 12, "kind": "INVOICE", "number": "FC-2026-00030", "state": "ISSUED", "customerId": 42,
               "issueDate": "2026-11-10", "dueDate": "2026-12-10", "grandTotal": 900.00,
               "paymentStatus": "UNPAID", "outstandingAmount": 900.00},
              {"id": 9, "kind": "INVOICE", "number": "FC-2026-00012", "state": "ISSUED", "customerId": 42,
               "issueDate": "2026-11-02", "dueDate": "2026-12-02", "grandTotal": 1200.00,
               "paymentStatus": "PARTLY_PAID", "outstandingAmount": 1000.00},
              {"id": 8, "kind": "INVOICE", "number": "FC-2026-00008", "state": "ISSUED", "customerId": 42,
               "issueDate": "2026-10-02", "dueDate": "2026-11-02", "grandTotal": 300.00,
               "paymentStatus": "PAID", "outstandingAmount": 0}],
             "page": 0, "size": 100, "total": 3}""";

    @ConfigProperty(name = "test.upstream.port")
    int upstreamPort;

    Upstream upstream;

    @BeforeEach
    void fakeCustomerService() {
        upstream = new Upstream(upstreamPort);
        upstream.reset();
        upstream.answer(get(urlPathEqualTo("/api/customer/payments/unmatched")), 200,
                "{\"items\": [" + LINE_17 + "], \"page\": 0, \"size\": 200, \"total\": 1}");
        upstream.answer(get(urlPathEqualTo("/api/customer/bank-statements/3")), 200, """
                {"id": 3, "statementId": "STMT-2026-11-18", "lineCount": 2, "matched": 1, "unmatched": 1,
                 "ignored": 0, "lines": [""" + LINE_17 + "]}");
        upstream.answer(get(urlPathEqualTo("/api/customer/customers")), 200, """
                {"items": [{"id": 42, "legalName": "Avia Sud Maintenance SAS", "siren": "732829320",
                            "city": "Cugnaux"}], "page": 0, "size": 10, "total": 1}""");
        upstream.answer(get(urlPathEqualTo("/api/customer/customers/42")), 200, CustomerPagesTest.CUSTOMER_42);
        upstream.answer(get(urlPathEqualTo("/api/customer/invoices")), 200, OPEN_INVOICES);
        upstream.answer(get(urlPathEqualTo("/api/customer/crm/opportunities")), 200,
                "{\"items\": [], \"page\": 0, \"size\": 50, \"total\": 0}");
        upstream.answer(get(urlPathEqualTo("/api/customer/payments/credits")), 200, """
                [{"id": 4, "customerId": 42, "lineId": 11, "amount": 250.00, "remaining": 250.00,
                  "createdAt": "2026-11-05T10:00:00Z"},
                 {"id": 5, "customerId": 42, "lineId": 12, "amount": 80.00, "remaining": 0,
                  "createdAt": "2026-11-06T10:00:00Z"}]""");
    }

    @Test
    void eachUnmatchedLineHasAnAllocateLinkForAccountingOnly() {
        TestSessions.as("accounting").when().get("/console/receipts")
                .then().statusCode(200)
                .body(containsString("id=\"allocate-17\" href=\"/console/receipts/allocations/3/17\""));
        TestSessions.as("sales").when().get("/console/receipts/allocations/3/17").then().statusCode(403);
    }

    @Test
    void theCustomerIsSearchedThenItsOpenInvoicesPrefilledOldestFirst() {
        TestSessions.as("accounting").queryParam("customerQuery", "avia").when()
                .get("/console/receipts/allocations/3/17")
                .then().statusCode(200)
                .body(containsString("1\u202F500,00\u00A0€"))
                .body(containsString("VIR AVIA SUD NOV"))
                .body(containsString("18/11/2026"))
                .body(containsString(
                        "id=\"choose-customer-42\" href=\"/console/receipts/allocations/3/17?customerId=42\""));
        String html = TestSessions.as("accounting").queryParam("customerId", "42").when()
                .get("/console/receipts/allocations/3/17")
                .then().statusCode(200)
                .body(containsString("id=\"allocation-form\""))
                .body(containsString("<label for=\"alloc-9\">Montant affecté à FC-2026-00012</label>"))
                .body(containsString(
                        "id=\"alloc-9\" name=\"amount-9\" type=\"text\" inputmode=\"decimal\" value=\"1000\""))
                .body(containsString(
                        "id=\"alloc-12\" name=\"amount-12\" type=\"text\" inputmode=\"decimal\" value=\"500\""))
                .body(not(containsString("FC-2026-00008")))
                .body(containsString("id=\"allocation-credit\">0,00\u00A0€"))
                .extract().asString();
        org.assertj.core.api.Assertions.assertThat(html.indexOf("FC-2026-00012"))
                .isLessThan(html.indexOf("FC-2026-00030"));
    }

    @Test
    void theAllocationIsSentAndTheRestShownAsCredit() {
        upstream.answer(post(urlPathEqualTo("/api/customer/bank-statements/3/lines/17/allocations")), 200,
                LINE_17.replace("UNMATCHED", "MATCHED"));
        TestSessions.posting("accounting", Map.of("customerId", "42", "amount-9", "1 000,00", "amount-12", "300"))
                .when().post("/console/receipts/allocations/3/17")
                .then().statusCode(303)
                .header("Location", containsString("/console/receipts?allocated=17"));
        upstream.wireMock().verifyThat(
                postRequestedFor(urlPathEqualTo("/api/customer/bank-statements/3/lines/17/allocations"))
                        .withRequestBody(equalToJson("""
                                {"allocations": [{"invoiceId": 9, "amount": 1000.00},
                                                 {"invoiceId": 12, "amount": 300}]}""")));
        TestSessions.as("accounting").queryParam("allocated", "17").when().get("/console/receipts")
                .then().body(containsString("id=\"allocated-notice\""));
    }

    @Test
    void tooMuchIsRefusedBeforeSendingAndTheServicesProblemsAreShown() {
        TestSessions.posting("accounting", Map.of("customerId", "42", "amount-9", "1000", "amount-12", "900"))
                .when().post("/console/receipts/allocations/3/17")
                .then().statusCode(400)
                .body(containsString("dépasse le montant de l&#39;encaissement"));
        upstream.wireMock().verifyThat(0,
                postRequestedFor(urlPathEqualTo("/api/customer/bank-statements/3/lines/17/allocations")));

        upstream.answer(post(urlPathEqualTo("/api/customer/bank-statements/3/lines/17/allocations")), 409,
                Upstream.problem(409, "line-not-unmatched", "Cette ligne a déjà été affectée"));
        TestSessions.posting("accounting", Map.of("customerId", "42", "amount-9", "1000"))
                .when().post("/console/receipts/allocations/3/17")
                .then().statusCode(409)
                .body(containsString("id=\"error-summary\""))
                .body(containsString("Cette ligne est déjà rapprochée."))
                .body(containsString("value=\"1000\""));
    }

    @Test
    void accountingSeesTheCustomersCreditsAndUsesOneOnAnInvoice() {
        TestSessions.as("accounting").when().get("/console/customers/42")
                .then().statusCode(200)
                .body(containsString("id=\"credits\""))
                .body(containsString("250,00\u00A0€"))
                .body(containsString("id=\"credit-4-apply-form\""))
                .body(containsString("<option value=\"9\">FC-2026-00012 — 1\u202F000,00\u00A0€</option>"))
                .body(not(containsString("id=\"credit-5-apply-form\"")));
        TestSessions.as("sales").when().get("/console/customers/42")
                .then().statusCode(200).body(not(containsString("id=\"credits\"")));
        TestSessions.posting("sales", Map.of("invoiceId", "9")).when().post("/console/customers/42/credits/4/apply")
                .then().statusCode(403);

        upstream.answer(post(urlPathEqualTo("/api/customer/payments/credits/4/apply")), 200, """
                {"use": {"id": 1, "invoiceId": 9, "invoiceNumber": "FA-2026-000009", "amount": 100.00,
                         "appliedAt": "2026-11-23T10:00:00Z", "appliedBy": "accounting"},
                 "credit": {"id": 4, "customerId": 42, "lineId": 11, "amount": 250.00, "remaining": 150.00,
                            "createdAt": "2026-11-05T10:00:00Z", "uses": []},
                 "invoice": {"id": 9, "number": "FA-2026-000009", "grandTotal": 300.00, "paidAmount": 100.00,
                             "outstandingAmount": 200.00, "paymentStatus": "PARTLY_PAID"}}""");
        TestSessions.posting("accounting", Map.of("invoiceId", "9", "amount", "100"))
                .when().post("/console/customers/42/credits/4/apply")
                .then().statusCode(303)
                .header("Location", containsString("/console/customers/42?done=credit-applied"));
        upstream.wireMock().verifyThat(postRequestedFor(urlPathEqualTo("/api/customer/payments/credits/4/apply"))
                .withRequestBody(equalToJson("{\"invoiceId\": 9, \"amount\": 100}")));
    }

    @Test
    void theCreditsRefusalsAreExplainedOnTheirField() {
        upstream.answer(post(urlPathEqualTo("/api/customer/payments/credits/4/apply")), 422, """
                {"type": "urn:repaero:problem:amount-exceeds-credit", "title": "Amount exceeds the credit",
                 "status": 422, "detail": "Only 250.00 left", "code": "amount-exceeds-credit"}""");
        TestSessions.posting("accounting", Map.of("invoiceId", "9", "amount", "400"))
                .when().post("/console/customers/42/credits/4/apply")
                .then().statusCode(422)
                .body(containsString("id=\"credit-4-amount-error\""))
                .body(containsString("Le montant dépasse ce qui reste de ce crédit."))
                .body(containsString("value=\"400\""));
        upstream.answer(post(urlPathEqualTo("/api/customer/payments/credits/4/apply")), 422, """
                {"type": "urn:repaero:problem:credit-customer-mismatch", "title": "Other customer", "status": 422}""");
        TestSessions.posting("accounting", Map.of("invoiceId", "9"))
                .when().post("/console/customers/42/credits/4/apply")
                .then().statusCode(422)
                .body(containsString("id=\"credit-4-invoice-error\""))
                .body(containsString("Cette facture est celle d&#39;un autre client."));
        upstream.answer(post(urlPathEqualTo("/api/customer/payments/credits/4/apply")), 409, """
                {"type": "urn:repaero:problem:invoice-already-paid", "title": "Already paid", "status": 409}""");
        TestSessions.posting("accounting", Map.of("invoiceId", "9"))
                .when().post("/console/customers/42/credits/4/apply")
                .then().statusCode(409)
                .body(containsString("id=\"credit-4-invoice-error\""))
                .body(containsString("Cette facture est déjà payée."));
        upstream.wireMock().verifyThat(postRequestedFor(urlPathEqualTo("/api/customer/payments/credits/4/apply"))
                .withRequestBody(equalToJson("{\"invoiceId\": 9}")));
        upstream.wireMock().verifyThat(
                com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor(
                        urlPathEqualTo("/api/customer/payments/credits")).withQueryParam("customerId", equalTo("42")));
    }
}
