package com.repaero.gateway.http;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;

import org.jboss.logging.Logger;

import com.repaero.gateway.config.GatewayConfig;
import com.repaero.platform.problem.Problem;

/**
 * Token buckets per caller, in this gateway's memory (ADR 0008): anonymous calls to the public paths per client IP,
 * calls with a token per caller with a larger budget. Over budget, the answer is a 429 problem with
 * {@code Retry-After}.
 */
@ApplicationScoped
public class RateLimiter {

    private static final Logger LOG = Logger.getLogger(RateLimiter.class);

    private final GatewayConfig.RateLimit config;
    private final EdgeClock clock;
    private final Map<String, TokenBucket> buckets = new ConcurrentHashMap<>();

    public RateLimiter(GatewayConfig config, EdgeClock clock) {
        this.config = config.rateLimit();
        this.clock = clock;
        // Fail at start-up, not on the first call, on an impossible budget.
        new TokenBucket(this.config.anonymous().burst(), this.config.anonymous().perMinute(), 0);
        new TokenBucket(this.config.client().burst(), this.config.client().perMinute(), 0);
    }

    /** An anonymous call from this IP: empty when it may go, otherwise how long to wait. */
    public Optional<Duration> anonymous(String clientIp) {
        return take("ip:" + clientIp, config.anonymous());
    }

    /** A call with a token, by the caller's id ({@link com.repaero.gateway.security.Caller#id}). */
    public Optional<Duration> client(String callerId) {
        return take("caller:" + callerId, config.client());
    }

    /** The 429 answer. */
    public static Response tooManyRequests(Duration retryAfter) {
        long seconds = Math.max(1, (retryAfter.toMillis() + 999) / 1000);
        return Response.fromResponse(Problem.of(429, "rate-limited", "Too many requests",
                "This caller has used up its request budget; try again in " + seconds + " s").toResponse())
                .header("Retry-After", Long.toString(seconds))
                .build();
    }

    private Optional<Duration> take(String key, GatewayConfig.Budget budget) {
        if (!config.enabled()) {
            return Optional.empty();
        }
        long now = clock.nanoTime();
        TokenBucket bucket = buckets.get(key);
        if (bucket == null) {
            makeRoom(now);
            bucket = buckets.computeIfAbsent(key, k -> new TokenBucket(budget.burst(), budget.perMinute(), now));
        }
        long wait = bucket.take(now);
        return wait == 0 ? Optional.empty() : Optional.of(Duration.ofNanos(wait));
    }

    /** Keeps memory bounded: full buckets are forgotten first; if every caller is busy, all budgets start afresh. */
    private void makeRoom(long now) {
        if (buckets.size() < config.maxTrackedCallers()) {
            return;
        }
        buckets.values().removeIf(bucket -> bucket.isFull(now));
        if (buckets.size() >= config.maxTrackedCallers()) {
            LOG.warnf("More than %d callers are using their budgets at once: all budgets start afresh",
                    config.maxTrackedCallers());
            buckets.clear();
        }
    }
}
