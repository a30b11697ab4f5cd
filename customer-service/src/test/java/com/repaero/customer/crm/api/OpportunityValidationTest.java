package com.repaero.customer.crm.api;

import static com.repaero.customer.crm.CrmApi.OPPORTUNITIES;
import static com.repaero.customer.crm.CrmApi.aCustomerId;
import static com.repaero.customer.crm.CrmApi.anOpportunity;
import static com.repaero.customer.crm.CrmApi.create;
import static com.repaero.customer.customer.CustomerApi.as;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** Bad opportunity input is a 400 problem+json naming the field. */
@QuarkusTest
class OpportunityValidationTest {

    @Test
    void aNegativeAmountIsRefused() {
        as("sales").body(anOpportunity(aCustomerId(), "Révision", "-1.00")).post(OPPORTUNITIES)
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", containsInAnyOrder("amount"));
    }

    @Test
    void cents() {
        as("sales").body(anOpportunity(aCustomerId(), "Révision", "10.001")).post(OPPORTUNITIES)
                .then().statusCode(400).body("errors.field", containsInAnyOrder("amount"));
    }

    @Test
    void anUnknownSourceNamesTheField() {
        Map<String, Object> body = anOpportunity(aCustomerId(), "Révision", "10");
        body.put("source", "CARRIER_PIGEON");
        as("sales").body(body).post(OPPORTUNITIES)
                .then().statusCode(400).body("errors[0].field", equalTo("source"));
    }

    @Test
    void anUnknownCustomerOrStageNamesTheField() {
        as("sales").body(anOpportunity(999_999_993L, "Révision", "10")).post(OPPORTUNITIES)
                .then().statusCode(400).body("errors[0].field", equalTo("customerId"));
        Map<String, Object> body = anOpportunity(aCustomerId(), "Révision", "10");
        body.put("stageId", 999_999_993L);
        as("sales").body(body).post(OPPORTUNITIES)
                .then().statusCode(400).body("errors[0].field", equalTo("stageId"));
    }

    @Test
    void missingAndHugeFieldsAreNamed() {
        Map<String, Object> body = anOpportunity(aCustomerId(), "T".repeat(10_000), "10");
        body.remove("customerId");
        body.put("description", "d".repeat(5000));
        as("sales").body(body).post(OPPORTUNITIES)
                .then().statusCode(400).body("errors.field", containsInAnyOrder("customerId", "title", "description"));
    }

    @Test
    void aMoveWithoutStageOrToAnUnknownStageIsA400() {
        long id = create(anOpportunity(aCustomerId(), "Révision", "10"));
        as("sales").body(Map.of()).post(OPPORTUNITIES + "/" + id + "/move")
                .then().statusCode(400).body("errors[0].field", equalTo("stageId"));
        as("sales").body(Map.of("stageId", 424242)).post(OPPORTUNITIES + "/" + id + "/move")
                .then().statusCode(400).body("errors[0].field", equalTo("stageId"));
    }

    @Test
    void malformedJsonAndBadFiltersAre400() {
        as("sales").body("{\"title\": ").post(OPPORTUNITIES).then().statusCode(400)
                .contentType("application/problem+json");
        as("sales").queryParam("status", "MAYBE").get(OPPORTUNITIES).then().statusCode(400)
                .body("errors[0].field", equalTo("status"));
        as("sales").queryParam("sort", "secret").get(OPPORTUNITIES).then().statusCode(400)
                .body("errors[0].field", equalTo("sort"));
    }
}
