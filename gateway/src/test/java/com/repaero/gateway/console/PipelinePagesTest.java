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

/** The pipeline board and its no-JavaScript move form, which calls the service's move with the card's version. */
@QuarkusTest
@TestProfile(CustomerConsoleProfile.class)
class PipelinePagesTest {

    private static final String PIPELINE = """
            {"openCount": 2, "openTotal": 6100.00, "openWeighted": 1220.00, "stages": [
              {"stageId": 1, "name": "Qualification", "position": 1, "probability": 10, "won": false, "lost": false,
               "count": 1, "total": 1250.00, "weighted": 125.00, "opportunities": [
                 {"id": 8, "customerId": 43, "customerName": "Aéroclub du Lauragais", "title": "Visite 50 h",
                  "amount": 1250.00, "stageId": 1, "urgent": false, "version": 0}]},
              {"stageId": 2, "name": "Devis envoyé", "position": 2, "probability": 30, "won": false, "lost": false,
               "count": 1, "total": 4850.00, "weighted": 1455.00, "opportunities": [
                 {"id": 7, "customerId": 42, "customerName": "Avia Sud Maintenance SAS",
                  "title": "Révision hélice HC-C2YK", "amount": 4850.00, "stageId": 2, "urgent": true, "version": 3}]},
              {"stageId": 5, "name": "Gagné", "position": 5, "probability": 100, "won": true, "lost": false,
               "count": 0, "total": 0.00, "weighted": 0.00, "opportunities": []}]}""";

    @ConfigProperty(name = "test.upstream.port")
    int upstreamPort;

    Upstream upstream;

    @BeforeEach
    void fakeCustomerService() {
        upstream = new Upstream(upstreamPort);
        upstream.reset();
        upstream.answer(get(urlPathEqualTo("/api/customer/crm/pipeline")), 200, PIPELINE);
    }

    @Test
    void theBoardShowsColumnsCardsAndTotals() {
        TestSessions.as("sales").when().get("/console/crm/pipeline")
                .then().statusCode(200)
                .body(containsString("id=\"stage-2\""))
                .body(containsString("Révision hélice HC-C2YK"))
                .body(containsString("Urgent / AOG"))
                .body(containsString("Total : 4\u202F850,00\u00A0€ (1)"))
                .body(containsString("data-drag-board"))
                .body(containsString("action=\"/console/crm/opportunities/7/move\""))
                // The drag needs no inline script: console.js does it (CSP script-src 'self').
                .body(not(containsString("<script>")));
    }

    @Test
    void accountingReadsTheBoardWithoutMoveForms() {
        TestSessions.as("accounting").when().get("/console/crm/pipeline")
                .then().statusCode(200)
                .body(containsString("Révision hélice HC-C2YK"))
                .body(not(containsString("move-form")))
                .body(not(containsString("data-drag-board")));
        TestSessions.posting("accounting", Map.of("stageId", "5", "version", "3"))
                .when().post("/console/crm/opportunities/7/move").then().statusCode(403);
        TestSessions.as("technician").when().get("/console/crm/pipeline").then().statusCode(403);
    }

    @Test
    void theMoveFormCallsTheServicesMoveWithTheCardsVersion() {
        upstream.answer(post(urlPathEqualTo("/api/customer/crm/opportunities/7/move")), 200,
                "{\"id\": 7, \"stageId\": 5, \"version\": 4}");
        TestSessions.posting("sales", Map.of("stageId", "5", "version", "3"))
                .when().post("/console/crm/opportunities/7/move")
                .then().statusCode(303)
                .header("Location", containsString("/console/crm/pipeline?moved=true#opportunity-7"));
        upstream.wireMock().verifyThat(postRequestedFor(urlPathEqualTo("/api/customer/crm/opportunities/7/move"))
                .withHeader("If-Match", equalTo("\"3\""))
                .withRequestBody(equalToJson("{\"stageId\": 5}")));
    }

    @Test
    void aStaleCardIsExplainedOnTheBoard() {
        upstream.answer(post(urlPathEqualTo("/api/customer/crm/opportunities/7/move")), 412,
                Upstream.problem(412, "stale-version", "The opportunity was changed by someone else"));
        TestSessions.posting("sales", Map.of("stageId", "5", "version", "2"))
                .when().post("/console/crm/opportunities/7/move")
                .then().statusCode(412)
                .body(containsString("id=\"error-summary\""))
                .body(containsString("id=\"stage-1\""));
    }

    @Test
    void myActivitiesOverdueFirstAndMarkDone() {
        upstream.answer(get(urlPathEqualTo("/api/customer/crm/activities/mine")), 200, """
                {"items": [{"id": 12, "type": "CALL", "subject": "Rappeler pour le devis hélice",
                            "dueAt": "2026-11-20T10:30:00+01:00", "done": false, "overdue": true, "customerId": 42},
                           {"id": 13, "type": "TASK", "subject": "Préparer la visite", "done": false,
                            "overdue": false}], "page": 0, "size": 100, "total": 2}""");
        TestSessions.as("sales").when().get("/console/crm/activities")
                .then().statusCode(200)
                .body(containsString("Appel — Rappeler pour le devis hélice"))
                .body(containsString("20/11/2026 10:30"))
                .body(containsString("En retard"))
                .body(containsString("action=\"/console/crm/activities/12/done\""));

        upstream.answer(post(urlPathEqualTo("/api/customer/crm/activities/12/done")), 200, "{\"id\": 12}");
        TestSessions.posting("sales", Map.of()).when().post("/console/crm/activities/12/done")
                .then().statusCode(303)
                .header("Location", containsString("/console/crm/activities?done=true"));
        upstream.wireMock().verifyThat(postRequestedFor(urlPathEqualTo("/api/customer/crm/activities/12/done")));
    }
}
