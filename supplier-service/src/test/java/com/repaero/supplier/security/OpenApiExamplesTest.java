package com.repaero.supplier.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.repaero.platform.testing.SecuredOperations;

import io.quarkus.test.junit.QuarkusTest;

/**
 * The published OpenAPI document tells a client what to send and what comes back: every request body has an example
 * (one for the body, or one per field), and every successful JSON answer has a schema.
 */
@QuarkusTest
class OpenApiExamplesTest {

    @Test
    void everyRequestBodyHasAnExampleAndEverySuccessASchema() throws Exception {
        JsonNode doc = new ObjectMapper()
                .readTree(given().get("/q/openapi?format=json").then().statusCode(200).extract().asString());
        List<String> failures = new ArrayList<>();
        for (SecuredOperations.Operation op : SecuredOperations.of(doc, "/api/supplier")) {
            JsonNode operation = doc.path("paths").path(op.path()).path(op.method());
            for (Iterator<Map.Entry<String, JsonNode>> it = operation.path("requestBody").path("content").fields(); it
                    .hasNext();) {
                Map.Entry<String, JsonNode> media = it.next();
                if (!media.getValue().has("example") && !media.getValue().has("examples")) {
                    missingExamples(doc, media.getValue().path("schema"), "", 0)
                            .forEach(field -> failures.add(op + " " + media.getKey() + ": no example for " + field));
                }
            }
            for (Iterator<Map.Entry<String, JsonNode>> it = operation.path("responses").fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> response = it.next();
                JsonNode json = response.getValue().path("content").path("application/json");
                if (response.getKey().startsWith("2") && !json.isMissingNode() && json.path("schema").isEmpty()) {
                    failures.add(op + " " + response.getKey() + ": no schema");
                }
            }
        }
        assertThat(failures).isEmpty();
    }

    /** The fields of a schema without an example; a field with its own example covers what is inside it. */
    private static List<String> missingExamples(JsonNode doc, JsonNode schema, String at, int depth) {
        if (schema.has("example") || schema.has("examples")) {
            return List.of();
        }
        JsonNode resolved = schema;
        while (resolved.has("$ref")) {
            String name = resolved.get("$ref").asText().substring("#/components/schemas/".length());
            resolved = doc.path("components").path("schemas").path(name);
            if (resolved.has("example") || resolved.has("examples")) {
                return List.of();
            }
        }
        if (resolved.path("type").asText().equals("array")) {
            return missingExamples(doc, resolved.path("items"), at + "[]", depth + 1);
        }
        if (!resolved.has("properties") || depth > 4) {
            return List.of(at.isEmpty() ? "the body" : at);
        }
        List<String> missing = new ArrayList<>();
        resolved.path("properties").fields().forEachRemaining(p -> missing
                .addAll(missingExamples(doc, p.getValue(), at + "." + p.getKey(), depth + 1)));
        return missing;
    }
}
