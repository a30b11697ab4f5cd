package com.repaero.gateway.health;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.repaero.gateway.config.GatewayConfig;
import com.repaero.gateway.http.EdgeClock;
import com.repaero.gateway.routing.CircuitBreakers;

/**
 * The health of the platform's services as the gateway sees it: each live service's readiness
 * ({@code /q/health/ready}), asked of all of them at once with a short timeout, and reused for a few seconds so that
 * many readers cost the services one round of checks. Services of a later phase are listed, not called.
 */
@ApplicationScoped
public class DownstreamHealth {

    /** One service. {@code status}: UP, DOWN, or NOT_ROLLED_OUT; {@code circuit}: the gateway's breaker for it. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ServiceHealth(String name, int phase, boolean live, String status, String detail, String circuit) {
    }

    /** The platform: UP when every live service is ready, DOWN when none is, DEGRADED in between. */
    public record PlatformHealth(String status, int phase, Instant checkedAt, List<ServiceHealth> services) {
    }

    private record Round(long startedAt, CompletableFuture<PlatformHealth> result) {
    }

    private final GatewayConfig config;
    private final CircuitBreakers breakers;
    private final EdgeClock clock;
    private final HttpClient client;
    private Round last;

    public DownstreamHealth(GatewayConfig config, CircuitBreakers breakers, EdgeClock clock) {
        this.config = config;
        this.breakers = breakers;
        this.clock = clock;
        Duration timeout = config.health().timeout();
        this.client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(timeout.compareTo(config.connectTimeout()) < 0 ? timeout : config.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    /** The last round of checks if recent enough, otherwise a new one (shared by the callers who ask meanwhile). */
    public synchronized CompletableFuture<PlatformHealth> current() {
        long now = clock.nanoTime();
        if (last == null || now - last.startedAt() >= config.health().cacheFor().toNanos()) {
            last = new Round(now, check());
        }
        return last.result().copy();
    }

    private CompletableFuture<PlatformHealth> check() {
        List<Map.Entry<String, GatewayConfig.Service>> services = config.services().entrySet().stream()
                .sorted(Comparator.comparingInt((Map.Entry<String, GatewayConfig.Service> e) -> e.getValue().phase())
                        .thenComparing(Map.Entry::getKey))
                .toList();
        List<CompletableFuture<ServiceHealth>> checks = services.stream()
                .map(e -> check(e.getKey(), e.getValue()))
                .toList();
        return CompletableFuture.allOf(checks.toArray(CompletableFuture[]::new))
                .thenApply(done -> platform(checks.stream().map(CompletableFuture::join).toList()));
    }

    private CompletableFuture<ServiceHealth> check(String name, GatewayConfig.Service service) {
        if (service.phase() > config.phase()) {
            return CompletableFuture.completedFuture(new ServiceHealth(name, service.phase(), false,
                    "NOT_ROLLED_OUT", "arrives in phase " + service.phase(), null));
        }
        HttpRequest request = HttpRequest
                .newBuilder(URI.create(service.url().toString().replaceFirst("/$", "") + "/q/health/ready"))
                .timeout(config.health().timeout())
                .header("Accept", "application/json")
                .GET()
                .build();
        return client.sendAsync(request, HttpResponse.BodyHandlers.discarding())
                .handle((answer, failure) -> {
                    String circuit = breakers.state(name).label();
                    if (failure != null) {
                        return new ServiceHealth(name, service.phase(), true, "DOWN", reason(failure), circuit);
                    }
                    boolean up = answer.statusCode() == 200;
                    return new ServiceHealth(name, service.phase(), true, up ? "UP" : "DOWN",
                            up ? "ready" : "not ready (HTTP " + answer.statusCode() + ")", circuit);
                });
    }

    private static String reason(Throwable failure) {
        Throwable cause = failure instanceof CompletionException && failure.getCause() != null
                ? failure.getCause()
                : failure;
        return cause instanceof HttpTimeoutException && !(cause instanceof HttpConnectTimeoutException)
                ? "no answer in time"
                : "unreachable";
    }

    private PlatformHealth platform(List<ServiceHealth> services) {
        List<ServiceHealth> live = services.stream().filter(ServiceHealth::live).toList();
        long up = live.stream().filter(s -> s.status().equals("UP")).count();
        String status = up == live.size() ? "UP" : up == 0 ? "DOWN" : "DEGRADED";
        return new PlatformHealth(status, config.phase(), Instant.now(), services);
    }
}
