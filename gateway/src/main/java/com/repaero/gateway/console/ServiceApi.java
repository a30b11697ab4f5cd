package com.repaero.gateway.console;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;
import org.jboss.logging.MDC;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.repaero.gateway.config.GatewayConfig;
import com.repaero.gateway.http.EdgeFilters;

/**
 * The console's way to the services: the same routing as {@code /api/**} (same URLs, same phase rule), with the
 * session's access token as the bearer, so the service checks the person's roles exactly as for any API call.
 */
@ApplicationScoped
public class ServiceApi {

    private static final Logger LOG = Logger.getLogger(ServiceApi.class);

    private final GatewayConfig config;
    private final ObjectMapper json;
    private final HttpClient client;

    public ServiceApi(GatewayConfig config, ObjectMapper json) {
        this.config = config;
        this.json = json;
        this.client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(config.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    /** A service's answer: status, body (to be read with {@link #read}) and headers (Location, ETag). */
    public record Answer(int status, String body, Map<String, List<String>> headers) {
        public Answer(int status, String body) {
            this(status, body, Map.of());
        }

        public boolean ok() {
            return status >= 200 && status < 300;
        }

        public Optional<String> header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .flatMap(e -> e.getValue().stream()).findFirst();
        }
    }

    /** A file from a service (a label, a pain.001): its bytes, media type and suggested file name. */
    public record Download(int status, byte[] body, String contentType, String contentDisposition) {
        public boolean ok() {
            return status >= 200 && status < 300;
        }
    }

    /**
     * One call: a JSON or raw body (or none), extra headers (If-Match, Idempotency-Key), and whether the service's own
     * 5xx problems (the bank refused, Colissimo is down) are answers the page shows rather than an outage.
     */
    public record Call(String method, String pathAndQuery, byte[] body, String contentType, Map<String, String> headers,
            boolean serviceErrorsAreAnswers) {

        public static Call get(String pathAndQuery) {
            return new Call("GET", pathAndQuery, null, null, Map.of(), false);
        }

        public static Call post(String path) {
            return new Call("POST", path, null, null, Map.of(), false);
        }

        public static Call put(String path) {
            return new Call("PUT", path, null, null, Map.of(), false);
        }

        public static Call delete(String path) {
            return new Call("DELETE", path, null, null, Map.of(), false);
        }

        public Call body(byte[] content, String type) {
            return new Call(method, pathAndQuery, content, type, headers, serviceErrorsAreAnswers);
        }

        public Call header(String name, String value) {
            Map<String, String> more = new java.util.LinkedHashMap<>(headers);
            more.put(name, value);
            return new Call(method, pathAndQuery, body, contentType, Map.copyOf(more), serviceErrorsAreAnswers);
        }

        public Call acceptingServiceErrors() {
            return new Call(method, pathAndQuery, body, contentType, headers, true);
        }
    }

    /** The service is not rolled out in this phase, or does not answer: the console shows a "try later" page. */
    public static class Unavailable extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Unavailable(String message, Throwable cause) {
            super(message, cause);
        }
    }

    public Answer get(String service, String pathAndQuery, String token, Locale locale) {
        return call(service, Call.get(pathAndQuery), token, locale);
    }

    public Answer post(String service, String path, Object body, String token, Locale locale) {
        return call(service, Call.post(path).body(json(body), "application/json"), token, locale);
    }

    /** The JSON of a request body. */
    public byte[] json(Object body) {
        try {
            return json.writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    public Answer call(String service, Call call, String token, Locale locale) {
        HttpResponse<byte[]> answer = exchange(service, call, "application/json", token, locale);
        return new Answer(answer.statusCode(), new String(answer.body(), StandardCharsets.UTF_8),
                answer.headers().map());
    }

    /** A file: any media type is accepted; a refusal comes back as problem+json in the body. */
    public Download download(String service, String path, String token, Locale locale) {
        HttpResponse<byte[]> answer = exchange(service, Call.get(path), "*/*", token, locale);
        return new Download(answer.statusCode(), answer.body(),
                answer.headers().firstValue("Content-Type").orElse("application/octet-stream"),
                answer.headers().firstValue("Content-Disposition").orElse(null));
    }

    public <T> T read(Answer answer, com.fasterxml.jackson.core.type.TypeReference<T> type) {
        try {
            return json.readValue(answer.body(), type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Unreadable answer from a service: " + e.getOriginalMessage(), e);
        }
    }

    public <T> T read(Answer answer, Class<T> type) {
        try {
            return json.readValue(answer.body(), type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Unreadable answer from a service: " + e.getOriginalMessage(), e);
        }
    }

    private HttpResponse<byte[]> exchange(String service, Call call, String accept, String token, Locale locale) {
        GatewayConfig.Service target = config.services().get(service);
        if (target == null || target.phase() > config.phase()) {
            throw new Unavailable("The " + service + " service is not rolled out in phase " + config.phase(), null);
        }
        HttpRequest.Builder request = HttpRequest
                .newBuilder(URI.create(target.url().toString().replaceFirst("/$", "") + call.pathAndQuery()))
                .timeout(config.requestTimeout())
                .header("Authorization", "Bearer " + token)
                .header("Accept", accept)
                .header("Accept-Language", locale.toLanguageTag());
        Object requestId = MDC.get(EdgeFilters.MDC_KEY);
        if (requestId != null) {
            request.header(EdgeFilters.REQUEST_ID, requestId.toString());
        }
        call.headers().forEach(request::header);
        if (call.body() == null) {
            request.method(call.method(), HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", call.contentType())
                    .method(call.method(), HttpRequest.BodyPublishers.ofByteArray(call.body()));
        }
        try {
            HttpResponse<byte[]> answer = client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            boolean problem = answer.headers().firstValue("Content-Type").orElse("")
                    .startsWith("application/problem+json");
            if (answer.statusCode() >= 500 && !(call.serviceErrorsAreAnswers() && problem)) {
                LOG.warnf("The %s service answered %d to %s %s", service, answer.statusCode(), call.method(),
                        call.pathAndQuery());
                throw new Unavailable("The " + service + " service answered " + answer.statusCode(), null);
            }
            return answer;
        } catch (IOException e) {
            LOG.warnf("The %s service is unreachable: %s", service, e.toString());
            throw new Unavailable("The " + service + " service is unreachable", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Unavailable("Interrupted while calling the " + service + " service", e);
        }
    }

    /** Services named in the configuration, for the home page. */
    public GatewayConfig config() {
        return config;
    }

}
