package com.repaero.gateway.docs;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.repaero.gateway.config.GatewayConfig;
import com.repaero.gateway.http.EdgeClock;
import com.repaero.gateway.routing.CircuitBreakers;

/**
 * The services' OpenAPI documents ({@code /q/openapi} on each service), read for the documentation page and kept for
 * {@code repaero.gateway.docs.cache-for}: a document changes only when its service is deployed. A failed read is not
 * kept, and a service whose circuit breaker is open is not asked.
 */
@ApplicationScoped
public class OpenApiDocuments {

    private static final Logger LOG = Logger.getLogger(OpenApiDocuments.class);

    /** A service's document, or why there is none. */
    public record Fetched(ApiDocument document, String failure) {
        public boolean ok() {
            return document != null;
        }
    }

    private record Cached(long at, CompletableFuture<Fetched> result) {
    }

    private final GatewayConfig config;
    private final CircuitBreakers breakers;
    private final EdgeClock clock;
    private final ObjectMapper json;
    private final HttpClient client;
    private final Map<String, Cached> cache = new ConcurrentHashMap<>();

    public OpenApiDocuments(GatewayConfig config, CircuitBreakers breakers, EdgeClock clock, ObjectMapper json) {
        this.config = config;
        this.breakers = breakers;
        this.clock = clock;
        this.json = json;
        this.client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(config.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    /** The document of a live service (the caller checks that it is live). */
    public CompletableFuture<Fetched> of(String service) {
        long now = clock.nanoTime();
        Cached cached = cache.compute(service, (name, old) -> old != null && fresh(old, now)
                ? old
                : new Cached(now, fetch(name)));
        return cached.result().copy();
    }

    private boolean fresh(Cached cached, long now) {
        if (!cached.result().isDone()) {
            return true;
        }
        return cached.result().join().ok() && now - cached.at() < config.docs().cacheFor().toNanos();
    }

    private CompletableFuture<Fetched> fetch(String name) {
        if (breakers.state(name) == CircuitBreakers.State.OPEN) {
            return CompletableFuture.completedFuture(new Fetched(null, "unavailable"));
        }
        GatewayConfig.Service service = config.services().get(name);
        HttpRequest request = HttpRequest
                .newBuilder(URI.create(service.url().toString().replaceFirst("/$", "") + "/q/openapi?format=json"))
                .timeout(config.docs().timeout())
                .header("Accept", "application/json")
                .GET()
                .build();
        return client.sendAsync(request, HttpResponse.BodyHandlers.ofByteArray())
                .handle((answer, failure) -> {
                    if (failure != null) {
                        LOG.warnf("No OpenAPI document from the %s service: %s", name, failure.toString());
                        return new Fetched(null, "unavailable");
                    }
                    if (answer.statusCode() != 200) {
                        LOG.warnf("No OpenAPI document from the %s service: HTTP %d", name, answer.statusCode());
                        return new Fetched(null, "unavailable");
                    }
                    try {
                        return new Fetched(ApiDocument.of(json.readTree(answer.body())), null);
                    } catch (IOException e) {
                        LOG.warnf("Unreadable OpenAPI document from the %s service: %s", name, e.getMessage());
                        return new Fetched(null, "unreadable");
                    }
                });
    }
}
