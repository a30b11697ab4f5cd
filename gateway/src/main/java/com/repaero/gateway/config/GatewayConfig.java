package com.repaero.gateway.config;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * The gateway's settings ({@code repaero.gateway.*}): which services exist, where, which phase is live, and how the
 * edge protects them (rate limits, circuit breakers, health and documentation caches; ADR 0008).
 */
@ConfigMapping(prefix = "repaero.gateway")
public interface GatewayConfig {

    /** The rollout phase this platform runs: services of a later phase answer 503. */
    @WithDefault("5")
    int phase();

    /** The services by route name ({@code /api/<name>/**}). */
    Map<String, Service> services();

    /** Time to open a connection to a service before answering 503. */
    @WithDefault("2s")
    Duration connectTimeout();

    /** Time a service has to answer before the gateway answers 504. */
    @WithDefault("30s")
    Duration requestTimeout();

    /**
     * Path prefixes anonymous callers may use without a token (e.g. {@code /api/customer/public/}, the public booking
     * API); those calls are rate limited per client IP. Every other {@code /api} path needs a token. Empty: none.
     */
    Optional<List<String>> publicPaths();

    RateLimit rateLimit();

    CircuitBreaker circuitBreaker();

    Health health();

    Docs docs();

    /** One downstream service. */
    interface Service {
        /** Base URL, e.g. {@code http://localhost:8081}. */
        URI url();

        /** The rollout phase that brings this service. */
        int phase();
    }

    /** Token buckets, in the gateway's memory (ADR 0008). */
    interface RateLimit {
        @WithDefault("true")
        boolean enabled();

        /** Anonymous calls to the public paths, per client IP. */
        Budget anonymous();

        /** Calls with a token, per caller (the token's subject: a person or a partner's service account). */
        Budget client();

        /**
         * How many proxies in front of the gateway append to {@code X-Forwarded-For} (1 behind an ingress). 0: the
         * header is ignored and the client IP is the peer's address, since anyone can write that header.
         */
        @WithDefault("0")
        int trustedProxies();

        /** Callers tracked at most; beyond, idle (full) buckets are dropped first. */
        @WithDefault("100000")
        int maxTrackedCallers();
    }

    /** A token bucket: {@code burst} calls at once, refilled at {@code perMinute} calls a minute. */
    interface Budget {
        int burst();

        int perMinute();
    }

    /** One breaker per service: after consecutive failures, answer 503 at once for a while, then try one call. */
    interface CircuitBreaker {
        @WithDefault("true")
        boolean enabled();

        /** Consecutive failures (unreachable, timeout, 502/503/504 from the service) that open the breaker. */
        @WithDefault("5")
        int failureThreshold();

        /** How long an open breaker answers 503 at once before it lets one trial call through. */
        @WithDefault("10s")
        Duration openFor();
    }

    /** The aggregated health of the services ({@code /api/health}). */
    interface Health {
        /** Time each service has to answer its readiness check. */
        @WithDefault("2s")
        Duration timeout();

        /** How long one round of checks is reused. */
        @WithDefault("5s")
        Duration cacheFor();
    }

    /** The API documentation page ({@code /api/docs}). */
    interface Docs {
        /** Time a service has to give its OpenAPI document. */
        @WithDefault("5s")
        Duration timeout();

        /** How long a service's OpenAPI document is reused (it changes only when the service is deployed). */
        @WithDefault("60s")
        Duration cacheFor();
    }
}
