package com.repaero.supplier.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.repaero.platform.security.Roles;
import com.repaero.platform.testing.TestTokens;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * Walks the service's own OpenAPI document and calls every operation under /api/supplier anonymously (401) and with a
 * role it does not allow (403), so that a new endpoint cannot slip through unsecured. The allowed roles are the
 * scopes Quarkus writes into each operation's security requirement from its {@code @RolesAllowed}; an operation
 * without one fails the test.
 */
@QuarkusTest
class EveryEndpointIsSecuredTest {

    private static final String PREFIX = "/api/supplier";
    private static final Set<String> ALL_METHODS = Set.of("get", "put", "post", "delete", "patch");

    record Operation(String method, String path, Set<String> roles, String contentType) {
        String url() {
            return path.replaceAll("\\{[^}]+}", "1");
        }

        @Override
        public String toString() {
            return method.toUpperCase() + " " + path;
        }
    }

    @Test
    void everyOperationRefusesAnonymousAndWrongRoleCallers() throws Exception {
        List<Operation> operations = operations();
        // Guards against a walk that silently finds nothing (e.g. a changed document path).
        assertThat(operations).extracting(Operation::toString)
                .contains("POST /api/supplier/suppliers", "PUT /api/supplier/suppliers/{id}",
                        "POST /api/supplier/migrations/suppliers");

        List<String> failures = new ArrayList<>();
        for (Operation op : operations) {
            if (op.roles().isEmpty()) {
                failures.add(op + ": no @RolesAllowed (no role scopes in its security requirement)");
                continue;
            }
            Response anonymous = call(given(), op);
            if (anonymous.statusCode() != 401 || !isProblem(anonymous)) {
                failures.add(op + " anonymous: " + anonymous.statusCode() + " " + anonymous.contentType());
            }
            String wrongRole = allRoles().stream().filter(r -> !op.roles().contains(r)).findFirst()
                    .orElse("no-such-role");
            Response forbidden = call(given().auth().oauth2(TestTokens.forRole(wrongRole)), op);
            if (forbidden.statusCode() != 403 || !isProblem(forbidden)) {
                failures.add(op + " as " + wrongRole + ": " + forbidden.statusCode() + " " + forbidden.contentType());
            }
        }
        assertThat(failures).isEmpty();
    }

    private static Response call(RequestSpecification request, Operation op) {
        if (op.contentType() != null) {
            request = request.contentType(op.contentType()).body("{}");
        }
        return request.when().request(op.method().toUpperCase(), op.url());
    }

    private static boolean isProblem(Response response) {
        return response.contentType() != null && response.contentType().startsWith("application/problem+json");
    }

    private static List<Operation> operations() throws Exception {
        JsonNode doc = new ObjectMapper()
                .readTree(given().get("/q/openapi?format=json").then().statusCode(200).extract().asString());
        List<Operation> operations = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = doc.path("paths").fields(); paths.hasNext();) {
            Map.Entry<String, JsonNode> path = paths.next();
            if (!path.getKey().startsWith(PREFIX)) {
                continue;
            }
            for (Iterator<Map.Entry<String, JsonNode>> methods = path.getValue().fields(); methods.hasNext();) {
                Map.Entry<String, JsonNode> method = methods.next();
                if (!ALL_METHODS.contains(method.getKey())) {
                    continue;
                }
                Set<String> roles = new TreeSet<>();
                method.getValue().path("security")
                        .forEach(requirement -> requirement
                                .forEach(scopes -> scopes.forEach(s -> roles.add(s.asText()))));
                Iterator<String> types = method.getValue().path("requestBody").path("content").fieldNames();
                operations.add(new Operation(method.getKey(), path.getKey(), roles,
                        types.hasNext() ? types.next() : null));
            }
        }
        return operations;
    }

    private static Set<String> allRoles() throws IllegalAccessException {
        Set<String> roles = new TreeSet<>();
        for (Field field : Roles.class.getFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
                roles.add((String) field.get(null));
            }
        }
        return roles;
    }
}
