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
 * gateway's own session cookie, with the caller's bearer token relayed. A service not rolled out in this phase, or not answering, gets a 503 problem.
 */
@ApplicationScoped
public class ApiProxy {

    private static final Logger LOG = Logger.getLogger(ApiProxy.class);
    /** Hop-by-hop headers (RFC 9110 §7.6.1) and those the JDK client sets itself. */
    private static final Set<String> NOT_FORWARDED = Set.of("connection", "keep-alive", "proxy-authenticate",
            "proxy-authorization", "te", "trailer", "transfer-encoding", "upgrade", "host", "content-length",
            "expect", "http2-settings", "cookie");

    private final GatewayConfig config;
    private final HttpClient client;

    public ApiProxy(GatewayConfig config) {
        this.config = config;
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
                .thenApply(ApiProxy::toResponse)
                .exceptionally(failure -> unavailable(in.service(), failure));
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
