package com.repaero.gateway.console;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import java.util.Map;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.specification.RequestSpecification;

/**
 * Invoice drafts drawn up in the console (customer picked by a search, lines added without JavaScript, French numbers,
 * field errors on their row), drafts edited with If-Match, and credit notes from an issued invoice.
 */
@QuarkusTest
@TestProfile(CustomerConsoleProfile.class)
class InvoiceFormPagesTest {

    static final String DRAFT_77 = """
            {"id": 77, "kind": "INVOICE", "number": null, "state": "DRAFT", "customerId": 42,
             "operationCategory": "SERVICES", "paymentTerms": "DAYS_30", "deliveryDate": "2026-11-20",
             "buyerReference": "PO-4711", "version": 2,
             "lines": [{"lineNumber": 1, "description": "Révision hélice", "partNumber": "HC-C2YK", "quantity": 1,
                        "unitPrice": 1250.5, "vatRate": 20.00, "discountPercent": 5, "netAmount": 1187.98}],
             "totals": {"linesNet": 1187.98, "allowanceTotal": 0, "taxBasis": 1187.98, "vatTotal": 237.60,
                        "grandTotal": 1425.58}}""";

    static final String ISSUED_9 = """
            {"id": 9, "kind": "INVOICE", "number": "FC-2026-00012", "state": "ISSUED", "customerId": 42,
             "issueDate": "2026-11-02", "dueDate": "2026-12-31", "paymentStatus": "UNPAID", "version": 3,
             "lines": [{"lineNumber": 1, "description": "Révision hélice", "quantity": 1, "unitPrice": 4850.00,
                        "vatRate": 20.0, "netAmount": 4850.00},
                       {"lineNumber": 2, "description": "Joint torique", "quantity": 4, "unitPrice": 12.50,
                        "vatRate": 20.0, "netAmount": 50.00}],
             "totals": {"linesNet": 4900.00, "taxBasis": 4900.00, "vatTotal": 980.00, "grandTotal": 5880.00}}""";

    @ConfigProperty(name = "test.upstream.port")
    int upstreamPort;

    Upstream upstream;

    @BeforeEach
    void fakeCustomerService() {
        upstream = new Upstream(upstreamPort);
        upstream.reset();
        upstream.answer(get(urlPathEqualTo("/api/customer/customers")), 200, """
                {"items": [{"id": 42, "legalName": "Avia Sud Maintenance SAS", "siren": "732829320",
                            "city": "Cugnaux"}], "page": 0, "size": 10, "total": 1}""");
        upstream.answer(get(urlPathEqualTo("/api/customer/customers/42")), 200, CustomerPagesTest.CUSTOMER_42);
        upstream.answer(get(urlPathEqualTo("/api/customer/invoices")), 200,
                "{\"items\": [], \"page\": 0, \"size\": 20, \"total\": 0}");
        upstream.answer(get(urlPathEqualTo("/api/customer/invoices/77")), 200, DRAFT_77);
        upstream.answer(get(urlPathEqualTo("/api/customer/invoices/9")), 200, ISSUED_9);
    }

    private static RequestSpecification invoiceForm(String role, String action, String... lineValues) {
        return TestSessions.posting(role, Map.of("action", action, "customerQuery", "avia", "customerId", "42",
                "operationCategory", "SERVICES", "deliveryDate", "20/11/2026", "paymentTerms", "DAYS_30"))
                .formParam("description", "Révision hélice", "")
                .formParam("partNumber", "HC-C2YK", "")
                .formParam("quantity", "1", "1")
                .formParam("unitPrice", lineValues.length > 0 ? lineValues[0] : "1 250,50", "")
                .formParam("vatRate", "20", "20")
                .formParam("lineDiscount", "5", "")
                .formParam("vatExemptionReason", "", "");
    }

    @Test
    void accountingOpensTheFormSalesDoNot() {
        TestSessions.as("accounting").when().get("/console/invoices")
                .then().statusCode(200).body(containsString("id=\"new-invoice\""));
        TestSessions.as("accounting").when().get("/console/invoices/new")
                .then().statusCode(200)
                .body(containsString("id=\"invoice-form\""))
                .body(containsString("id=\"find-customer\""))
                .body(containsString("<label for=\"line-0-description\">Désignation</label>"))
                .body(containsString("<label for=\"line-0-vatRate\">Taux de TVA</label>"))
                .body(containsString("<option value=\"5.5\">5,5 %</option>"))
                .body(containsString("<label for=\"operationCategory\">Catégorie d&#39;opération</label>"))
                .body(containsString("id=\"add-line\""))
                .body(containsString("id=\"save-document\""));
        TestSessions.as("sales").when().get("/console/invoices")
                .then().statusCode(200).body(not(containsString("id=\"new-invoice\"")));
        TestSessions.as("sales").when().get("/console/invoices/new").then().statusCode(403);
    }

    @Test
    void theCustomerIsFoundAndLinesAddedWithoutJavaScript() {
        invoiceForm("accounting", "find-customer").when().post("/console/invoices/new")
                .then().statusCode(200)
                .body(containsString("id=\"customer-42\" name=\"customerId\" value=\"42\" checked"))
                .body(containsString("Avia Sud Maintenance SAS"));
        invoiceForm("accounting", "add-line").when().post("/console/invoices/new")
                .then().statusCode(200)
                .body(containsString("id=\"line-2-description\""))
                .body(containsString("value=\"1 250,50\""));
    }

    @Test
    void aDraftIsCreatedWithFrenchNumbersRead() {
        upstream.answer(post(urlPathEqualTo("/api/customer/invoices")), 201, DRAFT_77);
        invoiceForm("accounting", "save").when().post("/console/invoices/new")
                .then().statusCode(303)
                .header("Location", containsString("/console/invoices/77?done=created"));
        upstream.wireMock().verifyThat(postRequestedFor(urlPathEqualTo("/api/customer/invoices"))
                .withRequestBody(equalToJson("""
                        {"customerId": 42, "operationCategory": "SERVICES", "paymentTerms": "DAYS_30",
                         "deliveryDate": "2026-11-20",
                         "lines": [{"description": "Révision hélice", "partNumber": "HC-C2YK", "quantity": 1,
                                    "unitPrice": 1250.50, "vatRate": 20, "discountPercent": 5}]}""", true, true)));
        TestSessions.as("accounting").queryParam("done", "created").when().get("/console/invoices/77")
                .then().statusCode(200)
                .body(containsString("id=\"done-notice\""))
                .body(containsString("id=\"edit-invoice\""))
                .body(containsString("Prestation de services"))
                .body(containsString("20/11/2026"))
                .body(not(containsString("id=\"create-credit-note\"")));
    }

    @Test
    void anUnreadableNumberIsReportedBeforeAnythingIsSent() {
        invoiceForm("accounting", "save", "douze").when().post("/console/invoices/new")
                .then().statusCode(400)
                .body(containsString("id=\"line-0-unitPrice-error\""));
        upstream.wireMock().verifyThat(0, postRequestedFor(urlPathEqualTo("/api/customer/invoices")));
    }

    @Test
    void theServicesLineErrorShowsOnItsRow() {
        upstream.answer(post(urlPathEqualTo("/api/customer/invoices")), 400,
                Upstream.invalid("lines[0].vatExemptionReason", "obligatoire à 0 %"));
        invoiceForm("accounting", "save").when().post("/console/invoices/new")
                .then().statusCode(400)
                .body(containsString(
                        "<a href=\"#line-0-vatExemptionReason\">Ligne 1 — Motif d&#39;exonération de TVA : obligatoire à 0 %</a>"))
                .body(containsString("id=\"line-0-vatExemptionReason-error\""));
    }

    @Test
    void onlyAccountingEditsADraftAndTheFormSpeaksEnglishToo() {
        TestSessions.as("sales").when().get("/console/invoices/77")
                .then().statusCode(200).body(not(containsString("id=\"edit-invoice\"")));
        TestSessions.as("sales").when().get("/console/invoices/77/edit").then().statusCode(403);
        TestSessions.as("accounting").cookie("repaero_lang", "en").queryParam("customerId", "42").when()
                .get("/console/invoices/new")
                .then().statusCode(200)
                .body(containsString("<html lang=\"en\">"))
                .body(containsString("Create the draft"))
                .body(containsString("Category of operation"))
                .body(containsString("id=\"customer-42\" name=\"customerId\" value=\"42\" checked"));
        TestSessions.as("accounting").when().get("/console/customers/42")
                .then()
                .body(containsString("id=\"new-invoice-for-customer\" href=\"/console/invoices/new?customerId=42\""))
                .body(not(containsString("id=\"new-quote-for-customer\"")));
        TestSessions.as("sales").when().get("/console/customers/42")
                .then().body(containsString("id=\"new-quote-for-customer\" href=\"/console/quotes/new?customerId=42\""))
                .body(not(containsString("id=\"new-invoice-for-customer\"")));
    }

    @Test
    void aDraftIsEditedWithIfMatch() {
        TestSessions.as("accounting").when().get("/console/invoices/77/edit")
                .then().statusCode(200)
                .body(containsString("<input type=\"hidden\" name=\"version\" value=\"2\">"))
                .body(containsString("value=\"1250,5\""))
                .body(containsString("value=\"PO-4711\""))
                .body(containsString("action=\"/console/invoices/77/edit\""));
        upstream.answer(put(urlPathEqualTo("/api/customer/invoices/77")), 200, DRAFT_77);
        invoiceForm("accounting", "save").formParam("version", "2").when().post("/console/invoices/77/edit")
                .then().statusCode(303)
                .header("Location", containsString("/console/invoices/77?done=saved"));
        upstream.wireMock().verifyThat(putRequestedFor(urlPathEqualTo("/api/customer/invoices/77"))
                .withHeader("If-Match", equalTo("\"2\"")));
    }

    @Test
    void someoneElsesChangeKeepsWhatWasTyped() {
        upstream.answer(put(urlPathEqualTo("/api/customer/invoices/77")), 412,
                Upstream.problem(412, "stale-version", "changed"));
        upstream.answer(get(urlPathEqualTo("/api/customer/invoices/77")), 200,
                DRAFT_77.replace("\"version\": 2", "\"version\": 5"));
        invoiceForm("accounting", "save", "999").formParam("version", "2").when().post("/console/invoices/77/edit")
                .then().statusCode(412)
                .body(containsString("a été modifié par quelqu&#39;un d&#39;autre"))
                .body(containsString("value=\"999\""))
                .body(containsString("<input type=\"hidden\" name=\"version\" value=\"5\">"));
    }

    @Test
    void aCreditNoteCreditsTheWholeInvoiceOrSomeLines() {
        TestSessions.as("accounting").when().get("/console/invoices/9")
                .then().statusCode(200).body(containsString("id=\"create-credit-note\""));
        TestSessions.as("sales").when().get("/console/invoices/9")
                .then().statusCode(200).body(not(containsString("id=\"create-credit-note\"")));
        TestSessions.as("sales").when().get("/console/invoices/9/credit-note").then().statusCode(403);
        TestSessions.as("accounting").when().get("/console/invoices/9/credit-note")
                .then().statusCode(200)
                .body(containsString("id=\"credit-note-form\""))
                .body(containsString("<label for=\"reason\">Motif de l&#39;avoir"))
                .body(containsString(
                        "id=\"credit-2\" name=\"quantity-2\" type=\"text\" inputmode=\"decimal\" value=\"4\""));

        upstream.answer(post(urlPathEqualTo("/api/customer/invoices/9/credit-notes")), 201,
                DRAFT_77.replace("\"id\": 77", "\"id\": 78").replace("\"INVOICE\"", "\"CREDIT_NOTE\""));
        TestSessions.posting("accounting", Map.of("reason", "Pièce retournée", "quantity-1", "1", "quantity-2", "4"))
                .when().post("/console/invoices/9/credit-note")
                .then().statusCode(303)
                .header("Location", containsString("/console/invoices/78?done=credit-note"));
        upstream.wireMock().verifyThat(postRequestedFor(urlPathEqualTo("/api/customer/invoices/9/credit-notes"))
                .withRequestBody(equalToJson("{\"lines\": [], \"notes\": \"Pièce retournée\"}")));

        TestSessions.posting("accounting", Map.of("reason", "Joints retournés", "quantity-1", "0", "quantity-2", "2"))
                .when().post("/console/invoices/9/credit-note")
                .then().statusCode(303);
        upstream.wireMock().verifyThat(postRequestedFor(urlPathEqualTo("/api/customer/invoices/9/credit-notes"))
                .withRequestBody(equalToJson("""
                        {"lines": [{"lineNumber": 2, "quantity": 2}], "notes": "Joints retournés"}""")));
    }

    @Test
    void aCreditNoteNeedsItsReasonAndTheServicesRefusalIsShown() {
        TestSessions.posting("accounting", Map.of("reason", "", "quantity-1", "1", "quantity-2", "4"))
                .when().post("/console/invoices/9/credit-note")
                .then().statusCode(400)
                .body(containsString("id=\"reason-error\""));
        upstream.answer(post(urlPathEqualTo("/api/customer/invoices/9/credit-notes")), 422,
                Upstream.problem(422, "credit-exceeds-invoice", "Le total des avoirs dépasserait la facture"));
        TestSessions.posting("accounting", Map.of("reason", "Geste commercial", "quantity-1", "1", "quantity-2", "4"))
                .when().post("/console/invoices/9/credit-note")
                .then().statusCode(422)
                .body(containsString("id=\"error-summary\""))
                .body(containsString("value=\"4\""));
    }
}
