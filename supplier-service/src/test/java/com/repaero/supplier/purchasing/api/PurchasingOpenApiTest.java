package com.repaero.supplier.purchasing.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** Every purchasing operation is in the OpenAPI document with the roles allowed to call it. */
@QuarkusTest
class PurchasingOpenApiTest {

    @Test
    void everyOperationNamesItsRoles() {
        Map<String, Map<String, Map<String, Object>>> paths = given().queryParam("format", "json")
                .get("/q/openapi")
                .then().statusCode(200).extract().jsonPath().getMap("paths");
        List<String> operations = new ArrayList<>();
        paths.forEach((path, methods) -> {
            if (path.startsWith("/api/supplier/orders") || path.startsWith("/api/supplier/bills")) {
                methods.forEach((method, operation) -> {
                    operations.add(method.toUpperCase() + " " + path);
                    assertThat(roles(operation)).as(method + " " + path).contains("admin");
                });
            }
        });
        assertThat(operations).contains("POST /api/supplier/orders", "GET /api/supplier/orders",
                "GET /api/supplier/orders/{id}", "PUT /api/supplier/orders/{id}",
                "POST /api/supplier/orders/{id}/send", "POST /api/supplier/orders/{id}/cancel",
                "POST /api/supplier/orders/{id}/close", "POST /api/supplier/orders/{orderId}/receipts",
                "GET /api/supplier/orders/{orderId}/receipts",
                "GET /api/supplier/orders/{orderId}/receipts/{receiptId}",
                "POST /api/supplier/bills", "GET /api/supplier/bills", "GET /api/supplier/bills/{id}",
                "POST /api/supplier/bills/{id}/match", "POST /api/supplier/bills/{id}/approve");
        assertThat(roles(paths.get("/api/supplier/orders/{orderId}/receipts").get("post")))
                .containsExactlyInAnyOrder("purchasing", "storekeeper", "admin");
        assertThat(roles(paths.get("/api/supplier/bills/{id}/approve").get("post")))
                .containsExactlyInAnyOrder("accounting", "admin");
        assertThat(roles(paths.get("/api/supplier/orders").get("get")))
                .containsExactlyInAnyOrder("purchasing", "accounting", "storekeeper", "admin");
    }

    /** The scopes of the operation's security requirements: Quarkus lists the @RolesAllowed roles there. */
    @SuppressWarnings("unchecked")
    private static List<String> roles(Map<String, Object> operation) {
        List<Map<String, List<String>>> security = (List<Map<String, List<String>>>) operation.get("security");
        assertThat(security).as("security of " + operation.get("summary")).isNotEmpty();
        return security.stream().flatMap(requirement -> requirement.values().stream()).flatMap(List::stream).toList();
    }
}
