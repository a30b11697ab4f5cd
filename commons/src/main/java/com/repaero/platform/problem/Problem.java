package com.repaero.platform.problem;

import java.util.List;

import jakarta.ws.rs.core.Response;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * An RFC 9457 problem detail, the body of every error response ({@code application/problem+json}). {@code code} is a
 * stable machine-readable key for clients (the console translates it); {@code errors} lists every invalid field.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(
        String type,
        String title,
        int status,
        String detail,
        String instance,
        String code,
        List<InvalidField> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";
    private static final String TYPE_BASE = "urn:repaero:problem:";

    /** One invalid input field: its JSON path ({@code lines[0].quantity}) and what is wrong with it. */
    public record InvalidField(String field, String message) {
    }

    public static Problem of(int status, String code, String title, String detail) {
        return new Problem(TYPE_BASE + code, title, status, detail, null, code, List.of());
    }

    public static Problem invalid(String detail, List<InvalidField> errors) {
        return new Problem(TYPE_BASE + "validation", "Invalid request", 400, detail, null, "validation", errors);
    }

    public Problem withInstance(String path) {
        return new Problem(type, title, status, detail, path, code, errors);
    }

    public Response toResponse() {
        return Response.status(status).type(MEDIA_TYPE).entity(this).build();
    }
}
