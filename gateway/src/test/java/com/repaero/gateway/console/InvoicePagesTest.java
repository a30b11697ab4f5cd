package com.repaero.gateway.console;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.binaryEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/** Customer invoices (list, detail, issue, PDF through the console) and customer receipts (camt.053, unmatched). */
@QuarkusTest
@TestProfile(CustomerConsoleProfile.class)
class InvoicePagesTest {

    private static final String INVOICE_9 = """
            {"id": 9, "kind": "INVOICE", "number": "FC-2026-00012", "state": "ISSUED", "customerId": 42,
             "issueDate": "2026-11-02", "dueDate": "2026-12-31", "paymentStatus": "PARTLY_PAID",
             "paidAmount": 1000.00, "outstandingAmount": 4820.00,
             "buyer": {"legalName": "Avia Sud Maintenance SAS", "siren": "732829320"},
             "lines": [{"lineNumber": 1, "description": "Révision hélice", "partNumber": "HC-C2YK", "quantity": 1,
                        "unitPrice": 4850.00, "vatRate": 20.0, "netAmount": 4850.00}],
             "totals": {"linesNet": 4850.00, "allowanceTotal": 0, "taxBasis": 4850.00, "vatTotal": 970.00,
                        "grandTotal": 5820.00}}""";

    @ConfigProperty(name = "test.upstream.port")
    int upstreamPort;

    Upstream upstream;

    @BeforeEach
    void fakeCustomerService() {
        upstream = new Upstream(upstreamPort);
        upstream.reset();
        upstream.answer(get(urlPathEqualTo("/api/customer/invoices")), 200, """
                {"items": [{"id": 9, "kind": "INVOICE", "number": "FC-2026-00012", "state": "ISSUED", "customerId": 42,
                            "buyerName": "Avia Sud Maintenance SAS", "issueDate": "2026-11-02",
                            "dueDate": "2026-11-20", "grandTotal": 5820.00, "paymentStatus": "OVERDUE",
                            "outstandingAmount": 4820.00}], "page": 0, "size": 20, "total": 1}""");
        upstream.answer(get(urlPathEqualTo("/api/customer/invoices/9")), 200, INVOICE_9);
        upstream.answer(get(urlPathEqualTo("/api/customer/invoices/10")), 200,
                INVOICE_9.replace("\"id\": 9", "\"id\": 10").replace("\"ISSUED\"", "\"DRAFT\"")
                        .replace("\"FC-2026-00012\"", "null"));
    }

    @Test
    void theListShowsThePaymentStatus() {
        TestSessions.as("accounting").queryParam("payment", "OVERDUE").when().get("/console/invoices")
                .then().statusCode(200)
                .body(containsString("FC-2026-00012"))
                .body(containsString("En retard"))
                .body(containsString("4\u202F820,00\u00A0€"));
        upstream.wireMock().verifyThat(getRequestedFor(urlPathEqualTo("/api/customer/invoices"))
                .withQueryParam("paymentStatus", equalTo("OVERDUE")));
        TestSessions.as("technician").when().get("/console/invoices").then().statusCode(403);
    }

    @Test
    void theDetailShowsLinesAndTotalsAndOnlyAccountingIssues() {
        TestSessions.as("sales").when().get("/console/invoices/9")
                .then().statusCode(200)
                .body(containsString("Facture FC-2026-00012"))
                .body(containsString("Révision hélice (HC-C2YK)"))
                .body(containsString("5\u202F820,00\u00A0€"))
                .body(containsString("href=\"/console/invoices/9/pdf\""));
        TestSessions.as("sales").when().get("/console/invoices/10")
                .then().statusCode(200)
                .body(not(containsString("issue-invoice")));
        TestSessions.as("accounting").when().get("/console/invoices/10")
                .then().statusCode(200)
                .body(containsString("issue-invoice"));
        TestSessions.posting("sales", Map.of()).when().post("/console/invoices/10/issue").then().statusCode(403);
    }

    @Test
    void issuingCallsTheServiceAndARefusalIsExplained() {
        upstream.answer(post(urlPathEqualTo("/api/customer/invoices/10/issue")), 200, INVOICE_9);
        TestSessions.posting("accounting", Map.of()).when().post("/console/invoices/10/issue")
                .then().statusCode(303)
                .header("Location", containsString("/console/invoices/10?issued=true"));
        upstream.wireMock().verifyThat(postRequestedFor(urlPathEqualTo("/api/customer/invoices/10/issue")));

        upstream.answer(post(urlPathEqualTo("/api/customer/invoices/10/issue")), 422,
                Upstream.problem(422, "invoice-without-lines", "An invoice needs at least one line"));
        TestSessions.posting("accounting", Map.of()).when().post("/console/invoices/10/issue")
                .then().statusCode(422)
                .body(containsString("id=\"error-summary\""));
    }

    @Test
    void thePdfIsStreamedThroughTheConsoleWithThePersonsToken() {
        byte[] pdf = "%PDF-1.7 facture".getBytes(StandardCharsets.US_ASCII);
        upstream.wireMock().register(get(urlPathEqualTo("/api/customer/invoices/9/pdf"))
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/pdf")
                        .withHeader("Content-Disposition", "attachment; filename=\"FC-2026-00012.pdf\"")
                        .withBody(pdf)));
        byte[] body = TestSessions.as("sales").when().get("/console/invoices/9/pdf")
                .then().statusCode(200)
                .contentType("application/pdf")
                .header("Content-Disposition", containsString("FC-2026-00012.pdf"))
                .extract().asByteArray();
        assertThat(body).isEqualTo(pdf);
        upstream.wireMock().verifyThat(getRequestedFor(urlPathEqualTo("/api/customer/invoices/9/pdf"))
                .withHeader("Authorization", com.github.tomakehurst.wiremock.client.WireMock
                        .matching("Bearer [\\w-]+\\.[\\w-]+\\.[\\w-]+")));
    }

    @Test
    void aStatementIsUploadedAndUnmatchedLinesListed() {
        byte[] camt = "<Document>camt.053</Document>".getBytes(StandardCharsets.UTF_8);
        upstream.answer(post(urlPathEqualTo("/api/customer/bank-statements")), 201, """
                {"id": 3, "statementId": "STMT-1", "lineCount": 2, "matched": 1, "unmatched": 1, "ignored": 0}""");
        upstream.answer(get(urlPathEqualTo("/api/customer/bank-statements/3")), 200, """
                {"id": 3, "statementId": "STMT-1", "lineCount": 2, "matched": 1, "unmatched": 1, "ignored": 0}""");
        upstream.answer(get(urlPathEqualTo("/api/customer/payments/unmatched")), 200, """
                {"items": [{"id": 51, "statementId": 3, "lineNumber": 2, "amount": 1200.00, "currency": "EUR",
                            "credit": true, "bookingDate": "2026-11-22", "remittance": "VIR AVIA SUD",
                            "status": "UNMATCHED"}], "page": 0, "size": 200, "total": 1}""");

        TestSessions.as("accounting").multiPart("file", "releve.xml", camt, "application/xml")
                .when().post("/console/receipts")
                .then().statusCode(303)
                .header("Location", containsString("/console/receipts?statement=3"));
        upstream.wireMock().verifyThat(postRequestedFor(urlPathEqualTo("/api/customer/bank-statements"))
                .withHeader("Content-Type",
                        com.github.tomakehurst.wiremock.client.WireMock.containing("application/xml"))
                .withRequestBody(binaryEqualTo(camt)));

        TestSessions.as("accounting").queryParam("statement", "3").when().get("/console/receipts")
                .then().statusCode(200)
                .body(containsString("Relevé STMT-1"))
                .body(containsString("VIR AVIA SUD"))
                .body(containsString("1\u202F200,00\u00A0€"));
        TestSessions.as("sales").when().get("/console/receipts").then().statusCode(403);
    }
}
