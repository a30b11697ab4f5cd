package com.repaero.gateway;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;

import com.repaero.gateway.http.EdgeClock;

/**
 * The gateway's clock in every @QuarkusTest: real time plus an offset that tests move forward, so that budgets
 * refill, breakers cool down and caches expire without sleeping. Time never goes back, so tests stay independent.
 */
@Alternative
@Priority(1)
@ApplicationScoped
public class TestClock extends EdgeClock {

    private static final AtomicLong OFFSET = new AtomicLong();

    @Override
    public long nanoTime() {
        return System.nanoTime() + OFFSET.get();
    }

    public void advance(Duration duration) {
        OFFSET.addAndGet(duration.toNanos());
    }
}
