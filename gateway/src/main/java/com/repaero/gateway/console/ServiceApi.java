package com.repaero.gateway.console;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

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

    /** A service's answer: status and body, to be read with {@link #read}. */
    public record Answer(int status, String body) {
        public boolean ok() {
            return status >= 200 && status < 300;
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
        return send(service, "GET", pathAndQuery, null, token, locale);
    }

    public Answer post(String service, String path, Object body, String token, Locale locale) {
        try {
            return send(service, "POST", path, json.writeValueAsString(body), token, locale);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    public <T> T read(Answer answer, Class<T> type) {
        try {
            return json.readValue(answer.body(), type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Unreadable answer from a service: " + e.getOriginalMessage(), e);
        }
    }

    private Answer send(String service, String method, String pathAndQuery, String body, String token,
            Locale locale) {
        GatewayConfig.Service target = config.services().get(service);
        if (target == null || target.phase() > config.phase()) {
            throw new Unavailable("The " + service + " service is not rolled out in phase " + config.phase(), null);
        }
        HttpRequest.Builder request = HttpRequest
                .newBuilder(URI.create(target.url().toString().replaceFirst("/$", "") + pathAndQuery))
                .timeout(config.requestTimeout())
                .header("Authorization", "Bearer " + token)
                .header("Accept", "application/json")
                .header("Accept-Language", locale.toLanguageTag());
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
        try {
            HttpResponse<String> answer = client.send(request.build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            if (answer.statusCode() >= 500) {
                LOG.warnf("The %s service answered %d to %s %s", service, answer.statusCode(), method, pathAndQuery);
                throw new Unavailable("The " + service + " service answered " + answer.statusCode(), null);
            }
            return new Answer(answer.statusCode(), answer.body());
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
