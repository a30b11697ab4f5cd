package com.repaero.gateway.http;

import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.MDC;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.repaero.platform.problem.Problem;

import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.ext.web.RoutingContext;

/**
 * What the gateway does to every request before anything else: gives it a request id (the caller's
 * {@code X-Request-Id} if it is a sane one, a new UUID otherwise), which goes to the services, back to the caller
 * and into the gateway's log lines; and refuses a body announced larger than the limit with a 413 problem.
 */
@ApplicationScoped
public class EdgeFilters {

    public static final String REQUEST_ID = "X-Request-Id";
    /** The MDC key the log format prints ({@code %X{requestId}}). */
    public static final String MDC_KEY = "requestId";
    private static final Pattern SANE_ID = Pattern.compile("[A-Za-z0-9._:-]{1,128}");

    private final long maxBodySize;
    private final ObjectMapper json;

    public EdgeFilters(@ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize maxBodySize,
            ObjectMapper json) {
        this.maxBodySize = maxBodySize.asLongValue();
        this.json = json;
    }

    void register(@Observes Filters filters) {
        filters.register(this::filter, 1000);
    }

    private void filter(RoutingContext rc) {
        String id = requestId(rc.request().getHeader(REQUEST_ID));
        rc.request().headers().set(REQUEST_ID, id);
        rc.response().putHeader(REQUEST_ID, id);
        MDC.put(MDC_KEY, id);
        if (announcedLength(rc) > maxBodySize) {
            Problem problem = Problem.of(413, "payload-too-large", "Payload too large",
                    "The request body is larger than the " + maxBodySize + " bytes the platform accepts")
                    .withInstance(rc.request().path());
            rc.response().setStatusCode(413)
                    .putHeader("Content-Type", Problem.MEDIA_TYPE)
                    .putHeader("Connection", "close")
                    .end(toJson(problem));
            return;
        }
        rc.next();
    }

    /** A caller's id is kept only if it cannot forge log lines or headers; otherwise a new one is made. */
    static String requestId(String offered) {
        return offered != null && SANE_ID.matcher(offered).matches() ? offered : UUID.randomUUID().toString();
    }

    private static long announcedLength(RoutingContext rc) {
        String length = rc.request().getHeader("Content-Length");
        if (length == null) {
            return -1;
        }
        try {
            return Long.parseLong(length.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private String toJson(Problem problem) {
        try {
            return json.writeValueAsString(problem);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
