package com.repaero.gateway.console;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/** "À traiter" from customer-service: sales sees overdue activities and urgent deals, accounting overdue invoices. */
@QuarkusTest
@TestProfile(CustomerConsoleProfile.class)
class HomeCustomerAttentionTest {

    private static final String EMPTY = "{\"items\": [], \"page\": 0, \"size\": 1, \"total\": 0}";

    @ConfigProperty(name = "test.upstream.port")
    int upstreamPort;

    Upstream upstream;

    @BeforeEach
    void fakeServices() {
        upstream = new Upstream(upstreamPort);
        upstream.reset();
        upstream.answer(get(urlPathEqualTo("/api/supplier/bills")), 200, EMPTY);
        upstream.answer(get(urlPathEqualTo("/api/supplier/bank-statements")), 200, EMPTY);
        upstream.answer(get(urlPathEqualTo("/api/customer/crm/activities/mine")), 200, """
                {"items": [{"id": 12, "type": "CALL", "subject": "Rappeler", "done": false, "overdue": true},
                           {"id": 13, "type": "TASK", "subject": "Visite", "done": false, "overdue": false}],
                 "page": 0, "size": 200, "total": 2}""");
        upstream.answer(get(urlPathEqualTo("/api/customer/crm/opportunities")).withQueryParam("urgent",
                equalTo("true")), 200, "{\"items\": [{}], \"page\": 0, \"size\": 1, \"total\": 3}");
        upstream.answer(get(urlPathEqualTo("/api/customer/invoices")).withQueryParam("paymentStatus",
                equalTo("OVERDUE")), 200, "{\"items\": [{}], \"page\": 0, \"size\": 1, \"total\": 2}");
        upstream.answer(get(urlPathEqualTo("/api/customer/payments/unmatched")), 200, EMPTY);
    }

    @Test
    void salesSeesOverdueActivitiesAndUrgentOpportunities() {
        TestSessions.as("sales").when().get("/console")
                .then().statusCode(200)
                .body(containsString("data-attention=\"activities-overdue\""))
                .body(containsString("Mes activités en retard"))
                .body(containsString("data-attention=\"urgent-opportunities\""))
                .body(not(containsString("data-attention=\"invoices-overdue\"")));
    }

    @Test
    void accountingSeesOverdueInvoices() {
        TestSessions.as("accounting").when().get("/console")
                .then().statusCode(200)
                .body(containsString("data-attention=\"invoices-overdue\""))
                .body(not(containsString("data-attention=\"unmatched-receipts\"")))
                .body(not(containsString("data-attention=\"activities-overdue\"")));
    }
}
