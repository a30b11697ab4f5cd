package com.repaero.customer.crm.api;

import static com.repaero.customer.crm.CrmApi.STAGES;
import static com.repaero.customer.crm.CrmApi.aCustomerId;
import static com.repaero.customer.crm.CrmApi.anOpportunity;
import static com.repaero.customer.crm.CrmApi.create;
import static com.repaero.customer.crm.CrmApi.move;
import static com.repaero.customer.customer.CustomerApi.as;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** The seeded French pipeline, and admin's changes to it with their guards. */
@QuarkusTest
class StageAdminTest {

    private static Map<String, Object> stage(String name, int position, int probability, boolean won, boolean lost) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", name);
        body.put("position", position);
        body.put("probability", probability);
        body.put("won", won);
        body.put("lost", lost);
        return body;
    }

    @Test
    void theDefaultStagesAreSeededInFrench() {
        as("accounting").get(STAGES).then().statusCode(200)
                .body("name", hasItems("Nouveau", "Qualifié", "Devis envoyé", "Négociation", "Gagné", "Perdu"))
                .body("find { it.name == 'Gagné' }.won", equalTo(true))
                .body("find { it.name == 'Perdu' }.lost", equalTo(true))
                .body("find { it.name == 'Devis envoyé' }.probability", equalTo(50));
    }

    @Test
    void adminAddsRenamesAndDeletesAStage() {
        String name = "Audit " + System.nanoTime();
        long id = as("admin").body(stage(name, 35, 60, false, false)).post(STAGES)
                .then().statusCode(201).extract().jsonPath().getLong("id");
        as("admin").header("If-Match", "\"0\"").body(stage(name + " client", 36, 65, false, false))
                .put(STAGES + "/" + id)
                .then().statusCode(200).body("name", equalTo(name + " client")).body("probability", equalTo(65));
        as("admin").delete(STAGES + "/" + id).then().statusCode(204);
    }

    @Test
    void onlyAdminChangesStages() {
        as("sales").body(stage("Pas moi", 99, 1, false, false)).post(STAGES).then().statusCode(403);
    }

    @Test
    void namesAreUniqueAndAStageCannotBeWonAndLost() {
        as("admin").body(stage("nouveau", 5, 5, false, false)).post(STAGES).then().statusCode(409)
                .body("code", equalTo("duplicate-stage-name"));
        as("admin").body(stage("Bizarre", 5, 5, true, true)).post(STAGES).then().statusCode(400)
                .body("errors[0].field", equalTo("lost"));
        as("admin").body(stage("Trop", 5, 101, false, false)).post(STAGES).then().statusCode(400)
                .body("errors[0].field", equalTo("probability"));
    }

    @Test
    void aUsedStageCannotBeDeletedNorChangeItsOutcome() {
        String name = "Essais " + System.nanoTime();
        long id = as("admin").body(stage(name, 38, 70, false, false)).post(STAGES)
                .then().statusCode(201).extract().jsonPath().getLong("id");
        long opportunity = create(anOpportunity(aCustomerId(), "Essais banc", "10"));
        move(opportunity, id);

        as("admin").delete(STAGES + "/" + id).then().statusCode(409).body("code", equalTo("stage-in-use"));
        as("admin").header("If-Match", "\"0\"").body(stage(name, 38, 70, true, false)).put(STAGES + "/" + id)
                .then().statusCode(409).body("code", equalTo("stage-in-use"));
    }
}
