package com.repaero.platform.testing;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;

/** The operations of a service's OpenAPI document under its API prefix, with the roles their security requirement allows. */
public final class SecuredOperations {

    private static final Set<String> HTTP_METHODS = Set.of("get", "put", "post", "delete", "patch");

    private SecuredOperations() {
    }

    /** One operation; {@code roles} empty when it has no role restriction; {@code contentType} of its body if any. */
    public record Operation(String method, String path, Set<String> roles, String contentType) {

        /** The path with a plausible value for every path parameter. */
        public String url() {
            return path.replaceAll("\\{[^}]+}", "1");
        }

        @Override
        public String toString() {
            return method.toUpperCase() + " " + path;
        }
    }

    /** The operations whose path starts with {@code prefix} (e.g. {@code /api/supplier}). */
    public static List<Operation> of(JsonNode doc, String prefix) {
        List<Operation> operations = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = doc.path("paths").fields(); paths.hasNext();) {
            Map.Entry<String, JsonNode> path = paths.next();
            if (!path.getKey().startsWith(prefix)) {
                continue;
            }
            for (Iterator<Map.Entry<String, JsonNode>> methods = path.getValue().fields(); methods.hasNext();) {
                Map.Entry<String, JsonNode> method = methods.next();
                if (!HTTP_METHODS.contains(method.getKey())) {
                    continue;
                }
                // Quarkus writes the @RolesAllowed roles as the scopes of the operation's security requirement.
                Set<String> roles = new TreeSet<>();
                method.getValue().path("security").forEach(
                        requirement -> requirement.forEach(scopes -> scopes.forEach(s -> roles.add(s.asText()))));
                Iterator<String> types = method.getValue().path("requestBody").path("content").fieldNames();
                operations.add(new Operation(method.getKey(), path.getKey(), roles,
                        types.hasNext() ? types.next() : null));
            }
        }
        return operations;
    }

    /** The operations anyone with a token (or no token) may call: each one is a failure of the security test. */
    public static List<Operation> unrestricted(List<Operation> operations) {
        return operations.stream().filter(op -> op.roles().isEmpty()).toList();
    }
}
