package com.repaero.customer.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.repaero.platform.testing.SecuredOperations;

import io.quarkus.test.junit.QuarkusTest;

/**
 * Every operation of the published OpenAPI document has a summary and declares its problem+json errors (400 when it
 * takes input).
 */
@QuarkusTest
class OpenApiDocumentTest {

    @Test
    void everyOperationHasASummaryAndItsProblemResponses() throws Exception {
        JsonNode doc = new ObjectMapper()
                .readTree(given().get("/q/openapi?format=json").then().statusCode(200).extract().asString());
        List<String> failures = new ArrayList<>();
        for (SecuredOperations.Operation op : SecuredOperations.of(doc, "/api/customer")) {
            JsonNode operation = doc.path("paths").path(op.path()).path(op.method());
            if (operation.path("summary").asText().isBlank()) {
                failures.add(op + ": no summary");
            }
            boolean takesInput = operation.has("requestBody") || !operation.path("parameters").isEmpty()
                    || !doc.path("paths").path(op.path()).path("parameters").isEmpty();
            List<String> statuses = new ArrayList<>(List.of("500"));
            if (takesInput) {
                statuses.add("400");
            }
            if (!op.roles().isEmpty()) {
                // Public operations (the booking page) have no 401/403 to document.
                statuses.addAll(List.of("401", "403"));
            }
            for (String status : statuses) {
                if (operation.path("responses").path(status).path("content").path("application/problem+json")
                        .isMissingNode()) {
                    failures.add(op + ": no application/problem+json " + status);
                }
            }
        }
        assertThat(failures).isEmpty();
    }
}
