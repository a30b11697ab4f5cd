package com.repaero.gateway.http;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * The monotonic clock of the gateway's budgets, breakers and caches. Tests replace this bean to move time forward
 * instead of sleeping.
 */
@ApplicationScoped
public class EdgeClock {

    public long nanoTime() {
        return System.nanoTime();
    }
}
