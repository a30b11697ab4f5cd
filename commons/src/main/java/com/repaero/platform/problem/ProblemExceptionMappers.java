package com.repaero.platform.problem;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;

/**
 * The one place where exceptions become {@code application/problem+json} responses. Never leaks a class name or a
 * stack trace: unexpected errors are logged with an id that the response quotes.
 */
public class ProblemExceptionMappers {

    private static final Logger LOG = Logger.getLogger(ProblemExceptionMappers.class);

    @ServerExceptionMapper
    public Response problem(ProblemException e, UriInfo uri) {
        return respond(e.problem(), uri);
    }

    @ServerExceptionMapper
    public Response constraintViolation(ConstraintViolationException e, UriInfo uri) {
        List<Problem.InvalidField> errors = e.getConstraintViolations().stream()
                .map(v -> new Problem.InvalidField(fieldOf(v), v.getMessage()))
                .sorted(Comparator.comparing(Problem.InvalidField::field).thenComparing(Problem.InvalidField::message))
                .toList();
        String fields = errors.stream().map(Problem.InvalidField::field).distinct().collect(Collectors.joining(", "));
        return respond(Problem.invalid("Invalid field(s): " + fields, errors), uri);
    }

    // Quarkus REST has built-in mappers for these two; ours are more specific, so they win.
    @ServerExceptionMapper
    public Response mismatchedInput(MismatchedInputException e, UriInfo uri) {
        return unreadableJson(e, uri);
    }

    @ServerExceptionMapper
    public Response invalidFormat(InvalidFormatException e, UriInfo uri) {
        return unreadableJson(e, uri);
    }

    @ServerExceptionMapper
    public Response unreadableJson(JsonProcessingException e, UriInfo uri) {
        String field = fieldOf(e);
        String message;
        if (e instanceof InvalidFormatException invalid && invalid.getTargetType() != null
                && invalid.getTargetType().isEnum()) {
            message = "must be one of " + Arrays.toString(invalid.getTargetType().getEnumConstants());
        } else if (e instanceof UnrecognizedPropertyException) {
            message = "is not a known field";
        } else if (e instanceof MismatchedInputException mismatched && mismatched.getTargetType() != null) {
            message = "must be a " + describe(mismatched.getTargetType());
        } else if (e instanceof JsonParseException && field == null) {
            return respond(Problem.invalid("The body is not valid JSON", List.of()), uri);
        } else {
            message = "has an invalid value";
        }
        String name = field == null ? "body" : field;
        return respond(Problem.invalid("Invalid field(s): " + name, List.of(new Problem.InvalidField(name, message))),
                uri);
    }

    @ServerExceptionMapper
    public Response unauthorized(UnauthorizedException e, UriInfo uri) {
        return unauthenticated(uri);
    }

    @ServerExceptionMapper
    public Response authenticationFailed(AuthenticationFailedException e, UriInfo uri) {
        return unauthenticated(uri);
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return respond(Problem.of(403, "forbidden", "Forbidden", "Your role does not allow this operation"), uri);
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e, UriInfo uri) {
        Response original = e.getResponse();
        int status = original.getStatus();
        if (status >= 500) {
            return unexpected(e, uri);
        }
        Response.StatusType info = original.getStatusInfo();
        String title = info.getReasonPhrase() == null ? "Error" : info.getReasonPhrase();
        String code = title.toLowerCase().replace(' ', '-');
        Response.ResponseBuilder builder = Response.fromResponse(respond(Problem.of(status, code, title, title), uri));
        // Keep the headers that make the error actionable (Allow on 405, Retry-After on 429/503).
        for (String header : List.of(HttpHeaders.ALLOW, HttpHeaders.RETRY_AFTER)) {
            if (original.getHeaderString(header) != null) {
                builder.header(header, original.getHeaderString(header));
            }
        }
        return builder.build();
    }

    @ServerExceptionMapper(priority = jakarta.ws.rs.Priorities.USER + 1000)
    public Response unexpected(Throwable e, UriInfo uri) {
        String errorId = UUID.randomUUID().toString();
        LOG.errorf(e, "Unexpected error %s on %s", errorId, uri == null ? "?" : uri.getPath());
        return respond(Problem.of(500, "internal-error", "Internal error",
                "An unexpected error occurred; quote error id " + errorId + " to support"), uri);
    }

    private static Response unauthenticated(UriInfo uri) {
        return Response.fromResponse(respond(Problem.of(401, "unauthenticated", "Unauthorized",
                "A valid bearer token is required"), uri))
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                .build();
    }

    private static Response respond(Problem problem, UriInfo uri) {
        return (uri == null ? problem : problem.withInstance(uri.getAbsolutePath().getRawPath())).toResponse();
    }

    /** The JSON path of a violated constraint, without the Java method and parameter names. */
    static String fieldOf(ConstraintViolation<?> violation) {
        List<String> parts = new ArrayList<>();
        String parameter = null;
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == ElementKind.PARAMETER) {
                parameter = node.getName();
                continue;
            }
            if (node.getKind() != ElementKind.PROPERTY && node.getKind() != ElementKind.CONTAINER_ELEMENT) {
                continue;
            }
            String name = node.getName();
            if (node.isInIterable() && !parts.isEmpty()) {
                String last = parts.remove(parts.size() - 1);
                Object key = node.getIndex() != null ? node.getIndex() : node.getKey();
                parts.add(last + "[" + (key == null ? "" : key) + "]");
            }
            if (name != null && !name.startsWith("<")) {
                parts.add(name);
            }
        }
        if (parts.isEmpty()) {
            return parameter == null ? "body" : parameter;
        }
        return String.join(".", parts);
    }

    /** The JSON path of the field Jackson choked on, or null when the body was not JSON at all. */
    static String fieldOf(JsonProcessingException e) {
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            StringBuilder path = new StringBuilder();
            for (JsonMappingException.Reference ref : mapping.getPath()) {
                if (ref.getFieldName() != null) {
                    if (!path.isEmpty()) {
                        path.append('.');
                    }
                    path.append(ref.getFieldName());
                } else if (ref.getIndex() >= 0) {
                    path.append('[').append(ref.getIndex()).append(']');
                }
            }
            return path.isEmpty() ? null : path.toString();
        }
        if (e.getProcessor() instanceof JsonParser parser) {
            try {
                String name = parser.getParsingContext().getCurrentName();
                return name;
            } catch (RuntimeException ignored) {
                return null;
            }
        }
        return null;
    }

    private static String describe(Class<?> type) {
        if (Number.class.isAssignableFrom(type) || (type.isPrimitive() && type != boolean.class)) {
            return "number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "boolean";
        }
        if (type == String.class) {
            return "string";
        }
        if (java.time.temporal.Temporal.class.isAssignableFrom(type)) {
            return "date in ISO-8601 format";
        }
        if (java.util.Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "list";
        }
        return "JSON object";
    }
}
