package com.repaero.gateway.console;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** The home page points each role at what waits for it, and still opens when supplier-service does not answer. */
@QuarkusTest
class HomeAttentionTest {

    @ConfigProperty(name = "test.upstream.port")
    int upstreamPort;

    Upstream upstream;

    @BeforeEach
    void fakeSupplierService() {
        upstream = new Upstream(upstreamPort);
        upstream.reset();
        // Every search counts nothing unless a test says otherwise.
        upstream.answer(get(urlPathEqualTo("/api/supplier/orders")), 200, empty());
        upstream.answer(get(urlPathEqualTo("/api/supplier/suppliers")), 200, empty());
        upstream.answer(get(urlPathEqualTo("/api/supplier/bills")), 200, empty());
        upstream.answer(get(urlPathEqualTo("/api/supplier/bank-statements")), 405,
                Upstream.problem(405, "method-not-allowed", "Method Not Allowed"));
    }

    @Test
    void purchasingSeesOrdersToSendAndLateDeliveries() {
        upstream.answer(get(urlPathEqualTo("/api/supplier/orders")).withQueryParam("state", equalTo("DRAFT")), 200,
                "{\"items\": [], \"page\": 0, \"size\": 1, \"total\": 2}");
        upstream.answer(get(urlPathEqualTo("/api/supplier/orders")).withQueryParam("state", equalTo("SENT")), 200, """
                {"items": [{"id": 42, "orderNumber": "PO-2026-0042", "supplierId": 7, "state": "SENT",
                            "totalAmount": 2501.00, "lineCount": 1}], "page": 0, "size": 10, "total": 1}""");
        upstream.answer(get(urlPathEqualTo("/api/supplier/orders/42")), 200, OrderPagesTest.ORDER_42);

        TestSessions.as("purchasing").when().get("/console")
                .then().statusCode(200)
                .body(containsString("<a href=\"/console/orders?state=DRAFT\">Commandes en brouillon à envoyer</a>"))
                .body(containsString("data-attention=\"late-deliveries\""))
                .body(containsString("<a href=\"/console/orders/42\">PO-2026-0042</a>"))
                .body(not(containsString("bills-discrepancy")));
    }

    @Test
    void accountingSeesBillsWithDiscrepanciesAndBillsToPay() {
        upstream.answer(get(urlPathEqualTo("/api/supplier/bills")).withQueryParam("state", equalTo("DISCREPANCY")),
                200, "{\"items\": [], \"page\": 0, \"size\": 1, \"total\": 3}");
        upstream.answer(get(urlPathEqualTo("/api/supplier/bills")).withQueryParam("state", equalTo("APPROVED")), 200,
                "{\"items\": [], \"page\": 0, \"size\": 1, \"total\": 1}");

        TestSessions.as("accounting").when().get("/console")
                .then().statusCode(200)
                .body(containsString("<li class=\"urgent\" data-attention=\"bills-discrepancy\">"))
                .body(containsString("<a href=\"/console/payments/new\">Factures approuvées à payer</a>"))
                .body(not(containsString("orders-to-send")));
    }

    @Test
    void nothingToDoSaysSo() {
        TestSessions.as("storekeeper").when().get("/console")
                .then().statusCode(200)
                .body(containsString("Rien ne requiert votre attention"));
        // Technicians have one screen since phase 2 (the appointment week), with nothing to act on.
        TestSessions.as("technician").when().get("/console")
                .then().statusCode(200)
                .body(containsString("href=\"/console/appointments\""))
                .body(containsString("Rien ne requiert votre attention"));
    }

    @Test
    void theHomePageOpensWhenTheSupplierServiceIsDown() {
        upstream.wireMock().register(get(urlPathEqualTo("/api/supplier/orders"))
                .willReturn(aResponse().withStatus(500).withBody("boom")));

        TestSessions.as("purchasing").when().get("/console")
                .then().statusCode(200)
                .body(containsString("id=\"attention-unavailable\""));
    }

    private static String empty() {
        return "{\"items\": [], \"page\": 0, \"size\": 1, \"total\": 0}";
    }
}
