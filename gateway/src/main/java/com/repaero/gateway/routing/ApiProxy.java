package com.repaero.gateway.routing;

import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;

import org.jboss.logging.Logger;

import com.repaero.gateway.config.GatewayConfig;
import com.repaero.platform.problem.Problem;

/**
 * Forwards {@code /api/<service>/**} to the service that owns it, unchanged but for the hop-by-hop headers and the
 * gateway's own session cookie, with the caller's bearer token relayed. A service not rolled out in this phase, not
 * answering, or whose circuit breaker is open gets a 503 problem.
 */
@ApplicationScoped
public class ApiProxy {

    private static final Logger LOG = Logger.getLogger(ApiProxy.class);
    /** Hop-by-hop headers (RFC 9110 §7.6.1) and those the JDK client sets itself. */
    private static final Set<String> NOT_FORWARDED = Set.of("connection", "keep-alive", "proxy-authenticate",
            "proxy-authorization", "te", "trailer", "transfer-encoding", "upgrade", "host", "content-length",
            "expect", "http2-settings", "cookie");

    /** Answers by which a service says it cannot serve now: they count as failures for its circuit breaker. */
    private static final Set<Integer> FAILING_STATUSES = Set.of(502, 503, 504);

    private final GatewayConfig config;
    private final CircuitBreakers breakers;
    private final HttpClient client;

    public ApiProxy(GatewayConfig config, CircuitBreakers breakers) {
        this.config = config;
        this.breakers = breakers;
        this.client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(config.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    /** What arrived at the gateway, as the proxy needs it. */
    public record Incoming(String method, String service, String pathAndQuery, Map<String, List<String>> headers,
            byte[] body, String forwardedHost, String forwardedProto) {
    }

    public CompletionStage<Response> forward(Incoming in) {
        GatewayConfig.Service service = config.services().get(in.service());
        if (service == null) {
            return done(Problem.of(404, "unknown-service", "Not found",
                    "There is no service '" + in.service() + "'; known: " + config.services().keySet()));
        }
        if (service.phase() > config.phase()) {
            return done(Problem.of(503, "service-not-rolled-out", "Service not rolled out",
                    "The " + in.service() + " service arrives in phase " + service.phase()
                            + "; this platform runs phase " + config.phase()));
        }
        CircuitBreakers.Decision decision = breakers.admit(in.service());
        if (!decision.allowed()) {
            return CompletableFuture.completedFuture(circuitOpen(in.service(), decision));
        }
        URI target = URI.create(service.url().toString().replaceFirst("/$", "") + in.pathAndQuery());
        HttpRequest.Builder request = HttpRequest.newBuilder(target)
                .timeout(config.requestTimeout())
                .method(in.method(), in.body() == null || in.body().length == 0
                        ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(in.body()));
        in.headers().forEach((name, values) -> {
            if (!NOT_FORWARDED.contains(name.toLowerCase(Locale.ROOT))
                    && !name.toLowerCase(Locale.ROOT).startsWith("x-forwarded-")) {
                values.forEach(value -> request.header(name, value));
            }
        });
        request.header("X-Forwarded-Host", in.forwardedHost());
        request.header("X-Forwarded-Proto", in.forwardedProto());
        return client.sendAsync(request.build(), HttpResponse.BodyHandlers.ofByteArray())
                .handle((answer, failure) -> {
                    if (failure != null) {
                        breakers.failed(in.service(), decision);
                        return unavailable(in.service(), failure);
                    }
                    if (FAILING_STATUSES.contains(answer.statusCode())) {
                        breakers.failed(in.service(), decision);
                    } else {
                        breakers.succeeded(in.service(), decision);
                    }
                    return toResponse(answer);
                });
    }

    private Response circuitOpen(String service, CircuitBreakers.Decision decision) {
        long seconds = Math.max(1, (decision.retryAfter().toMillis() + 999) / 1000);
        return Response.fromResponse(Problem.of(503, "service-unavailable", "Service unavailable",
                "The " + service + " service keeps failing; the gateway gives it " + seconds
                        + " s before trying again")
                .toResponse())
                .header("Retry-After", Long.toString(seconds))
                .build();
    }

    private static Response toResponse(HttpResponse<byte[]> answer) {
        Response.ResponseBuilder response = Response.status(answer.statusCode());
        answer.headers().map().forEach((name, values) -> {
            if (!NOT_FORWARDED.contains(name.toLowerCase(Locale.ROOT)) && !name.startsWith(":")) {
                values.forEach(value -> response.header(name, value));
            }
        });
        if (answer.body() != null && answer.body().length > 0) {
            response.entity(answer.body());
        }
        return response.build();
    }

    private static Response unavailable(String service, Throwable failure) {
        Throwable cause = failure instanceof CompletionException && failure.getCause() != null
                ? failure.getCause()
                : failure;
        if (cause instanceof HttpTimeoutException && !(cause instanceof HttpConnectTimeoutException)) {
            LOG.warnf("The %s service did not answer in time", service);
            return Problem.of(504, "service-timeout", "Service timeout",
                    "The " + service + " service did not answer in time").toResponse();
        }
        LOG.warnf("The %s service is unreachable: %s", service, cause.toString());
        String reason = cause instanceof ConnectException || cause instanceof HttpConnectTimeoutException
                ? "is not reachable"
                : "failed to answer";
        return Response.fromResponse(Problem.of(503, "service-unavailable", "Service unavailable",
                "The " + service + " service " + reason + "; try again shortly").toResponse())
                .header("Retry-After", "5")
                .build();
    }

    private static CompletionStage<Response> done(Problem problem) {
        return CompletableFuture.completedFuture(problem.toResponse());
    }
}
