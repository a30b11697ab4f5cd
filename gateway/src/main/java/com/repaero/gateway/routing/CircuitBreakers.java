package com.repaero.gateway.routing;

import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import com.repaero.gateway.config.GatewayConfig;
import com.repaero.gateway.http.EdgeClock;

/**
 * One circuit breaker per downstream service (ADR 0008). Closed: calls go through and consecutive failures are
 * counted. After {@code failure-threshold} of them it opens: calls are refused at once (the gateway answers 503 with
 * {@code Retry-After}) for {@code open-for}. Then it is half-open: one trial call goes through; its success closes the
 * breaker, its failure opens it again.
 */
@ApplicationScoped
public class CircuitBreakers {

    private static final Logger LOG = Logger.getLogger(CircuitBreakers.class);
    /** What a caller is told to wait while another call is the half-open trial. */
    private static final Duration TRIAL_IN_FLIGHT_RETRY = Duration.ofSeconds(1);

    /** As the health endpoint shows it. */
    public enum State {
        CLOSED, OPEN, HALF_OPEN;

        public String label() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    /** May the call go? If it goes, {@code trial} says whether it is the half-open trial; if not, how long to wait. */
    public record Decision(boolean allowed, boolean trial, Duration retryAfter) {
        static final Decision GO = new Decision(true, false, Duration.ZERO);
        static final Decision TRIAL = new Decision(true, true, Duration.ZERO);

        static Decision refused(long nanos) {
            return new Decision(false, false, Duration.ofNanos(nanos));
        }
    }

    private final GatewayConfig.CircuitBreaker config;
    private final long openForNanos;
    /** A trial that never reports (it cannot: every call times out) must not keep the breaker half-open forever. */
    private final long trialTimeoutNanos;
    private final EdgeClock clock;
    private final Map<String, Breaker> breakers = new ConcurrentHashMap<>();

    public CircuitBreakers(GatewayConfig config, EdgeClock clock) {
        this.config = config.circuitBreaker();
        this.openForNanos = this.config.openFor().toNanos();
        this.trialTimeoutNanos = config.connectTimeout().plus(config.requestTimeout()).toNanos();
        this.clock = clock;
        if (this.config.failureThreshold() < 1) {
            throw new IllegalArgumentException("repaero.gateway.circuit-breaker.failure-threshold must be >= 1");
        }
    }

    public Decision admit(String service) {
        return config.enabled() ? breaker(service).admit(clock.nanoTime()) : Decision.GO;
    }

    public void succeeded(String service, Decision decision) {
        if (config.enabled() && breaker(service).succeeded(decision)) {
            LOG.infof("The %s service answers again: circuit closed", service);
        }
    }

    public void failed(String service, Decision decision) {
        if (config.enabled() && breaker(service).failed(decision, clock.nanoTime())) {
            LOG.warnf("The %s service failed %d times in a row: circuit open, calls refused for %s", service,
                    config.failureThreshold(), config.openFor());
        }
    }

    public State state(String service) {
        Breaker breaker = breakers.get(service);
        return breaker == null ? State.CLOSED : breaker.state(clock.nanoTime());
    }

    private Breaker breaker(String service) {
        return breakers.computeIfAbsent(service, s -> new Breaker());
    }

    private final class Breaker {
        private int failures;
        private boolean open;
        private long openUntil;
        private boolean trialInFlight;
        private long trialStartedAt;

        synchronized Decision admit(long now) {
            if (!open) {
                return Decision.GO;
            }
            if (now - openUntil < 0) {
                return Decision.refused(openUntil - now);
            }
            if (trialInFlight && now - trialStartedAt < trialTimeoutNanos) {
                return Decision.refused(TRIAL_IN_FLIGHT_RETRY.toNanos());
            }
            trialInFlight = true;
            trialStartedAt = now;
            return Decision.TRIAL;
        }

        /** @return whether this closed an open breaker */
        synchronized boolean succeeded(Decision decision) {
            boolean wasOpen = open;
            failures = 0;
            open = false;
            if (decision.trial()) {
                trialInFlight = false;
            }
            return wasOpen;
        }

        /** @return whether this opened a closed breaker */
        synchronized boolean failed(Decision decision, long now) {
            if (decision.trial()) {
                trialInFlight = false;
            }
            if (open) {
                // A failed trial, or a call that started before the breaker opened: stay open, from now.
                openUntil = now + openForNanos;
                return false;
            }
            failures++;
            if (failures >= config.failureThreshold()) {
                open = true;
                openUntil = now + openForNanos;
                return true;
            }
            return false;
        }

        synchronized State state(long now) {
            if (!open) {
                return State.CLOSED;
            }
            return now - openUntil < 0 ? State.OPEN : State.HALF_OPEN;
        }
    }
}
