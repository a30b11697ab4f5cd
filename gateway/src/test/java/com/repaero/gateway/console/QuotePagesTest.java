package com.repaero.gateway.console;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
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

/** Quotes: list, drawn up with the invoice form, sent, accepted or refused, and invoiced once accepted. */
@QuarkusTest
@TestProfile(CustomerConsoleProfile.class)
class QuotePagesTest {

    static final String QUOTE_5 = """
            {"id": 5, "quoteNumber": "DE-2026-0005", "customerId": 42, "state": "SENT",
             "operationCategory": "SERVICES", "validUntil": "2026-12-23", "version": 2,
             "lines": [{"lineNumber": 1, "description": "Visite 100 h", "quantity": 1, "unitPrice": 1800,
                        "vatRate": 20, "netAmount": 1800}],
             "totals": {"linesNet": 1800, "taxBasis": 1800, "vatTotal": 360, "grandTotal": 2160}}""";

    @ConfigProperty(name = "test.upstream.port")
    int upstreamPort;

    Upstream upstream;

    @BeforeEach
    void fakeCustomerService() {
        upstream = new Upstream(upstreamPort);
        upstream.reset();
        upstream.answer(get(urlPathEqualTo("/api/customer/customers/42")), 200, CustomerPagesTest.CUSTOMER_42);
        upstream.answer(get(urlPathEqualTo("/api/customer/quotes")), 200,
                "{\"items\": [" + QUOTE_5 + "], \"page\": 0, \"size\": 20, \"total\": 1}");
        upstream.answer(get(urlPathEqualTo("/api/customer/quotes/5")), 200, QUOTE_5);
        upstream.answer(get(urlPathEqualTo("/api/customer/quotes/6")), 200,
                QUOTE_5.replace("\"id\": 5", "\"id\": 6").replace("\"SENT\"", "\"ACCEPTED\""));
    }

    @Test
    void salesListAndDrawUpQuotesAccountingReads() {
        TestSessions.as("sales").queryParam("state", "SENT").when().get("/console/quotes")
                .then().statusCode(200)
                .body(containsString("DE-2026-0005"))
                .body(containsString("Avia Sud Maintenance SAS"))
                .body(containsString("2\u202F160,00\u00A0€"))
                .body(containsString("23/12/2026"))
                .body(containsString("id=\"new-quote\""))
                .body(containsString("href=\"/console/quotes\""));
        upstream.wireMock().verifyThat(getRequestedFor(urlPathEqualTo("/api/customer/quotes"))
                .withQueryParam("state", equalTo("SENT")));
        TestSessions.as("sales").when().get("/console/quotes/new")
                .then().statusCode(200)
                .body(containsString("id=\"quote-form\""))
                .body(containsString("id=\"line-0-description\""))
                .body(not(containsString("id=\"paymentTerms\"")));
        TestSessions.as("accounting").when().get("/console/quotes")
                .then().statusCode(200).body(not(containsString("id=\"new-quote\"")));
        TestSessions.as("accounting").when().get("/console/quotes/new").then().statusCode(403);
        TestSessions.as("technician").when().get("/console/quotes").then().statusCode(403);
        TestSessions.as("technician").when().get("/console")
                .then().body(not(containsString("href=\"/console/quotes\"")));
    }

    @Test
    void aQuoteIsCreatedWithTheSharedForm() {
        upstream.answer(post(urlPathEqualTo("/api/customer/quotes")), 201, QUOTE_5);
        TestSessions.posting("sales", Map.of("action", "save", "customerId", "42", "discountPercent", "2,5"))
                .formParam("description", "Visite 100 h")
                .formParam("quantity", "1")
                .formParam("unitPrice", "1 800")
                .formParam("vatRate", "20")
                .when().post("/console/quotes/new")
                .then().statusCode(303)
                .header("Location", containsString("/console/quotes/5?done=created"));
        upstream.wireMock().verifyThat(postRequestedFor(urlPathEqualTo("/api/customer/quotes"))
                .withRequestBody(equalToJson("""
                        {"customerId": 42, "discountPercent": 2.5,
                         "lines": [{"description": "Visite 100 h", "quantity": 1, "unitPrice": 1800, "vatRate": 20}]}
                        """, true, true)));
    }

    @Test
    void aSentQuoteIsAcceptedOrRefusedAndAnAcceptedOneInvoicedByAccounting() {
        TestSessions.as("sales").when().get("/console/quotes/5")
                .then().statusCode(200)
                .body(containsString("id=\"accept-quote\""))
                .body(containsString("id=\"refuse-quote\""))
                .body(not(containsString("id=\"invoice-quote\"")));
        upstream.answer(post(urlPathEqualTo("/api/customer/quotes/5/accept")), 200, QUOTE_5);
        TestSessions.posting("sales", Map.of()).when().post("/console/quotes/5/accept")
                .then().statusCode(303)
                .header("Location", containsString("/console/quotes/5?done=accept"));
        upstream.answer(post(urlPathEqualTo("/api/customer/quotes/5/refuse")), 409,
                Upstream.problem(409, "quote-expired", "Ce devis a expiré"));
        TestSessions.posting("sales", Map.of()).when().post("/console/quotes/5/refuse")
                .then().statusCode(409)
                .body(containsString("id=\"error-summary\""));

        TestSessions.as("sales").when().get("/console/quotes/6")
                .then().body(not(containsString("id=\"invoice-quote\"")));
        TestSessions.posting("sales", Map.of()).when().post("/console/quotes/6/invoice").then().statusCode(403);
        TestSessions.as("accounting").when().get("/console/quotes/6")
                .then().body(containsString("id=\"invoice-quote\""));
        upstream.answer(post(urlPathEqualTo("/api/customer/quotes/6/invoice")), 201,
                InvoiceFormPagesTest.DRAFT_77);
        TestSessions.posting("accounting", Map.of()).when().post("/console/quotes/6/invoice")
                .then().statusCode(303)
                .header("Location", containsString("/console/invoices/77?done=from-quote"));
    }
}
