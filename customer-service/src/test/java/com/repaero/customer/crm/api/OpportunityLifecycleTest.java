package com.repaero.customer.crm.api;

import static com.repaero.customer.crm.CrmApi.DEVIS_ENVOYE;
import static com.repaero.customer.crm.CrmApi.GAGNE;
import static com.repaero.customer.crm.CrmApi.NOUVEAU;
import static com.repaero.customer.crm.CrmApi.OPPORTUNITIES;
import static com.repaero.customer.crm.CrmApi.QUALIFIE;
import static com.repaero.customer.crm.CrmApi.aCustomerId;
import static com.repaero.customer.crm.CrmApi.anOpportunity;
import static com.repaero.customer.crm.CrmApi.create;
import static com.repaero.customer.crm.CrmApi.move;
import static com.repaero.customer.customer.CustomerApi.as;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** An opportunity starts in the first stage, moves along the pipeline with history, closes when won. */
@QuarkusTest
class OpportunityLifecycleTest {

    @Test
    void startsInTheFirstStageOwnedByItsCreator() {
        long customer = aCustomerId();
        as("sales").body(anOpportunity(customer, "Révision hélice", "4850.00")).post(OPPORTUNITIES)
                .then().statusCode(201)
                .header("ETag", equalTo("\"0\""))
                .body("stageId", equalTo((int) NOUVEAU))
                .body("stageName", equalTo("Nouveau"))
                .body("status", equalTo("OPEN"))
                .body("owner", equalTo("sales"))
                .body("source", equalTo("MANUAL"))
                .body("amount", equalTo(4850.0f))
                .body("customerId", equalTo((int) customer));
    }

    @Test
    void movesAlongThePipelineWithHistoryAndClosesWhenWon() {
        long id = create(anOpportunity(aCustomerId(), "Inspection 100h", "1200"));
        move(id, QUALIFIE);
        move(id, DEVIS_ENVOYE);
        as("admin").body(Map.of("stageId", GAGNE)).post(OPPORTUNITIES + "/" + id + "/move")
                .then().statusCode(200)
                .body("status", equalTo("WON"))
                .body("closedAt", notNullValue());

        as("accounting").get(OPPORTUNITIES + "/" + id + "/history")
                .then().statusCode(200)
                .body("toStageName", contains("Nouveau", "Qualifié", "Devis envoyé", "Gagné"))
                .body("fromStageId[0]", nullValue())
                .body("changedBy[3]", equalTo("admin"));

        move(id, QUALIFIE);
        as("sales").get(OPPORTUNITIES + "/" + id).then().body("status", equalTo("OPEN")).body("closedAt", nullValue());
    }

    @Test
    void aMoveWithAStaleIfMatchIs412() {
        long id = create(anOpportunity(aCustomerId(), "Échange standard", null));
        move(id, QUALIFIE);
        as("sales").header("If-Match", "\"0\"").body(Map.of("stageId", DEVIS_ENVOYE))
                .post(OPPORTUNITIES + "/" + id + "/move")
                .then().statusCode(412).contentType("application/problem+json");
    }

    @Test
    void anUpdateNeedsIfMatchAndMayMoveTheStage() {
        long customer = aCustomerId();
        long id = create(anOpportunity(customer, "Visite annuelle", "900"));
        Map<String, Object> body = anOpportunity(customer, "Visite annuelle + ELT", "1150.50");
        as("sales").body(body).put(OPPORTUNITIES + "/" + id).then().statusCode(428);

        body.put("stageId", QUALIFIE);
        body.put("urgent", true);
        as("sales").header("If-Match", "\"0\"").body(body).put(OPPORTUNITIES + "/" + id)
                .then().statusCode(200)
                .body("title", equalTo("Visite annuelle + ELT"))
                .body("stageName", equalTo("Qualifié"))
                .body("urgent", equalTo(true))
                .body("owner", nullValue())
                .header("ETag", equalTo("\"1\""));
        as("sales").get(OPPORTUNITIES + "/" + id + "/history").then().body("size()", equalTo(2));
    }
}
