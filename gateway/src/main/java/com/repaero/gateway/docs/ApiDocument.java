package com.repaero.gateway.docs;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * What the documentation page shows of a service's OpenAPI document: its operations grouped by tag, each with its
 * roles (the scopes of its security requirement, as Quarkus writes {@code @RolesAllowed}), parameters, body and
 * answers.
 */
public record ApiDocument(String title, String version, String description, List<Group> groups) {

    private static final List<String> METHODS = List.of("get", "post", "put", "patch", "delete", "head", "options");
    private static final String UNTAGGED = "";

    /** The operations of one tag; {@code name} is empty for untagged operations. */
    public record Group(String name, String description, List<Operation> operations) {
    }

    public record Operation(String method, String path, String summary, String description, boolean deprecated,
            List<String> roles, List<Parameter> parameters, String body, List<String> responses, String anchor) {
    }

    public record Parameter(String name, String in, boolean required, String description) {
    }

    public int operationCount() {
        return groups.stream().mapToInt(g -> g.operations().size()).sum();
    }

    public static ApiDocument of(JsonNode doc) {
        Map<String, String> tagDescriptions = new LinkedHashMap<>();
        doc.path("tags").forEach(tag -> tagDescriptions.put(tag.path("name").asText(),
                tag.path("description").asText("")));
        Map<String, List<Operation>> byTag = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = doc.path("paths").fields(); paths.hasNext();) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (String method : METHODS) {
                JsonNode operation = path.getValue().path(method);
                if (operation.isObject()) {
                    String tag = operation.path("tags").path(0).asText(UNTAGGED);
                    byTag.computeIfAbsent(tag, t -> new ArrayList<>())
                            .add(operation(method, path.getKey(), operation, path.getValue().path("parameters")));
                }
            }
        }
        List<String> order = new ArrayList<>(tagDescriptions.keySet());
        Comparator<String> declaredFirst = Comparator
                .comparingInt((String tag) -> tag.equals(UNTAGGED)
                        ? Integer.MAX_VALUE
                        : order.contains(tag) ? order.indexOf(tag) : order.size())
                .thenComparing(Comparator.naturalOrder());
        List<Group> groups = byTag.keySet().stream().sorted(declaredFirst)
                .map(tag -> new Group(tag, tagDescriptions.getOrDefault(tag, ""), byTag.get(tag).stream()
                        .sorted(Comparator.comparing(Operation::path)
                                .thenComparingInt(op -> METHODS.indexOf(op.method().toLowerCase())))
                        .toList()))
                .toList();
        JsonNode info = doc.path("info");
        return new ApiDocument(info.path("title").asText(""), info.path("version").asText(""),
                info.path("description").asText(""), groups);
    }

    private static Operation operation(String method, String path, JsonNode operation, JsonNode pathParameters) {
        Set<String> roles = new TreeSet<>();
        operation.path("security").forEach(requirement -> requirement
                .forEach(scopes -> scopes.forEach(scope -> roles.add(scope.asText()))));
        List<Parameter> parameters = new ArrayList<>();
        for (JsonNode list : List.of(pathParameters, operation.path("parameters"))) {
            list.forEach(p -> parameters.add(new Parameter(p.path("name").asText(), p.path("in").asText(),
                    p.path("required").asBoolean(false), p.path("description").asText(""))));
        }
        List<String> responses = new ArrayList<>();
        operation.path("responses").fieldNames().forEachRemaining(responses::add);
        responses.sort(Comparator.naturalOrder());
        return new Operation(method.toUpperCase(), path, operation.path("summary").asText(""),
                operation.path("description").asText(""), operation.path("deprecated").asBoolean(false),
                List.copyOf(roles), parameters, body(operation.path("requestBody")), responses,
                (method + path).replaceAll("[^A-Za-z0-9]+", "-").replaceAll("-$", ""));
    }

    /** {@code application/json: NewSupplier}, or null without a body. */
    private static String body(JsonNode requestBody) {
        Iterator<Map.Entry<String, JsonNode>> types = requestBody.path("content").fields();
        if (!types.hasNext()) {
            return null;
        }
        Map.Entry<String, JsonNode> type = types.next();
        String ref = type.getValue().path("schema").path("$ref").asText("");
        return ref.isEmpty() ? type.getKey() : type.getKey() + ": " + ref.substring(ref.lastIndexOf('/') + 1);
    }
}
