package com.repaero.gateway.booking;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;
import org.jboss.logging.MDC;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.repaero.gateway.config.GatewayConfig;
import com.repaero.gateway.http.EdgeFilters;
import com.repaero.gateway.routing.CircuitBreakers;

/**
 * The booking pages' way to customer-service's public API ({@code /api/customer/public/**}), called from the server
 * without a token: same URL and phase rule as {@code /api/**}, same circuit breaker, and the visitor's IP as
 * {@code X-Forwarded-For} so that the service sees who books, not the gateway.
 */
@ApplicationScoped
public class BookingApi {

    static final String SERVICE = "customer";
    static final String BASE = "/api/customer/public";
    private static final Logger LOG = Logger.getLogger(BookingApi.class);
    private static final Duration DEFAULT_RETRY = Duration.ofSeconds(5);

    private final GatewayConfig config;
    private final CircuitBreakers breakers;
    private final ObjectMapper json;
    private final HttpClient client;

    public BookingApi(GatewayConfig config, CircuitBreakers breakers, ObjectMapper json) {
        this.config = config;
        this.breakers = breakers;
        this.json = json;
        this.client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(config.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    /** Who is calling, as the service must see it. */
    public record Visitor(String ip, Locale locale) {
    }

    /** The service's answer: status and body. */
    public record Answer(int status, String body) {
        public boolean ok() {
            return status >= 200 && status < 300;
        }
    }

    /** customer-service arrives in a later phase: the page says booking opens soon. */
    public static class NotRolledOut extends RuntimeException {
        private static final long serialVersionUID = 1L;

        NotRolledOut(String message) {
            super(message, null, false, false);
        }
    }

    /** customer-service cannot answer now (unreachable, failing, breaker open): the page says try again shortly. */
    public static class Unavailable extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final Duration retryAfter;

        Unavailable(String message, Duration retryAfter, Throwable cause) {
            super(message, cause);
            this.retryAfter = retryAfter;
        }

        public Duration retryAfter() {
            return retryAfter;
        }
    }

    /** A problem+json answer: its code, detail and invalid fields. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Problem(int status, String code, String title, String detail, List<FieldError> errors) {
        public List<FieldError> fieldErrors() {
            return errors == null ? List.of() : errors;
        }

        public Optional<FieldError> field(String name) {
            return fieldErrors().stream().filter(e -> name.equals(e.field())).findFirst();
        }
    }

    /** One invalid field of a problem. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record FieldError(String field, String message) {
    }

    /** Is customer-service live in this phase? */
    public boolean rolledOut() {
        GatewayConfig.Service target = config.services().get(SERVICE);
        return target != null && target.phase() <= config.phase();
    }

    public Answer get(String pathAndQuery, Visitor visitor) {
        return send("GET", pathAndQuery, null, visitor);
    }

    /** A file the service serves (the booking's .ics): its bytes and headers, passed on to the visitor as they are. */
    public record Download(int status, byte[] body, String contentType, String contentDisposition) {
        public boolean ok() {
            return status >= 200 && status < 300;
        }

        /** The answer as text, to read a problem of a refused download. */
        public Answer answer() {
            return new Answer(status, new String(body, StandardCharsets.UTF_8));
        }
    }

    public Download download(String pathAndQuery, String accept, Visitor visitor) {
        HttpResponse<byte[]> answer = exchange("GET", pathAndQuery, null, accept + ", application/problem+json",
                visitor, HttpResponse.BodyHandlers.ofByteArray());
        return new Download(answer.statusCode(), answer.body(),
                answer.headers().firstValue("Content-Type").orElse(null),
                answer.headers().firstValue("Content-Disposition").orElse(null));
    }

    public Answer post(String path, Object body, Visitor visitor) {
        try {
            return send("POST", path, json.writeValueAsString(body), visitor);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    public <T> T read(Answer answer, Class<T> type) {
        try {
            return json.readValue(answer.body(), type);
        } catch (JsonProcessingException e) {
            throw new Unavailable("Unreadable answer from customer-service: " + e.getOriginalMessage(), DEFAULT_RETRY,
                    e);
        }
    }

    public <T> List<T> readList(Answer answer, Class<T> type) {
        try {
            return json.readValue(answer.body(), json.getTypeFactory().constructCollectionType(List.class, type));
        } catch (JsonProcessingException e) {
            throw new Unavailable("Unreadable answer from customer-service: " + e.getOriginalMessage(), DEFAULT_RETRY,
                    e);
        }
    }

    /** The problem of a refused call; a body that is not one still gives its status. */
    public Problem problem(Answer answer) {
        try {
            Problem problem = json.readValue(answer.body(), Problem.class);
            return problem.status() == 0
                    ? new Problem(answer.status(), problem.code(), problem.title(), problem.detail(), problem.errors())
                    : problem;
        } catch (JsonProcessingException | IllegalArgumentException e) {
            return new Problem(answer.status(), null, null, null, List.of());
        }
    }

    private Answer send(String method, String pathAndQuery, String body, Visitor visitor) {
        HttpResponse<String> answer = exchange(method, pathAndQuery, body, "application/json", visitor,
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        return new Answer(answer.statusCode(), answer.body());
    }

    private <T> HttpResponse<T> exchange(String method, String pathAndQuery, String body, String accept,
            Visitor visitor, HttpResponse.BodyHandler<T> handler) {
        GatewayConfig.Service target = config.services().get(SERVICE);
        if (!rolledOut()) {
            throw new NotRolledOut("The customer service is not rolled out in phase " + config.phase());
        }
        CircuitBreakers.Decision decision = breakers.admit(SERVICE);
        if (!decision.allowed()) {
            throw new Unavailable("The customer service keeps failing", decision.retryAfter(), null);
        }
        HttpRequest.Builder request = HttpRequest
                .newBuilder(URI.create(target.url().toString().replaceFirst("/$", "") + BASE + pathAndQuery))
                .timeout(config.requestTimeout())
                .header("Accept", accept)
                .header("Accept-Language", visitor.locale().toLanguageTag())
                .header("X-Forwarded-For", visitor.ip());
        Object requestId = MDC.get(EdgeFilters.MDC_KEY);
        if (requestId != null) {
            request.header(EdgeFilters.REQUEST_ID, requestId.toString());
        }
        if (body == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        }
        HttpResponse<T> answer;
        try {
            answer = client.send(request.build(), handler);
        } catch (IOException e) {
            breakers.failed(SERVICE, decision);
            LOG.warnf("The customer service is unreachable: %s", e.toString());
            throw new Unavailable("The customer service is unreachable", DEFAULT_RETRY, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            breakers.failed(SERVICE, decision);
            throw new Unavailable("Interrupted while calling the customer service", DEFAULT_RETRY, e);
        }
        if (answer.statusCode() == 502 || answer.statusCode() == 503 || answer.statusCode() == 504) {
            breakers.failed(SERVICE, decision);
        } else {
            breakers.succeeded(SERVICE, decision);
        }
        if (answer.statusCode() >= 500) {
            LOG.warnf("The customer service answered %d to %s %s", answer.statusCode(), method, pathAndQuery);
            throw new Unavailable("The customer service answered " + answer.statusCode(), retryAfter(answer), null);
        }
        return answer;
    }

    private static Duration retryAfter(HttpResponse<?> answer) {
        return answer.headers().firstValue("Retry-After").map(value -> {
            try {
                return Duration.ofSeconds(Math.max(1, Long.parseLong(value.trim())));
            } catch (NumberFormatException e) {
                return DEFAULT_RETRY;
            }
        }).orElse(DEFAULT_RETRY);
    }
}
