package com.repaero.gateway.http;

/**
 * One caller's budget: up to {@code burst} calls at once, refilled continuously at {@code perMinute} calls a minute.
 * Time is given by the caller (nanoseconds of a monotonic clock), so that it can be tested without waiting.
 */
final class TokenBucket {

    private static final double NANOS_PER_MINUTE = 60e9;

    private final double capacity;
    private final double tokensPerNano;
    private double tokens;
    private long refilledAt;

    TokenBucket(int burst, int perMinute, long now) {
        if (burst < 1 || perMinute < 1) {
            throw new IllegalArgumentException("A budget needs burst >= 1 and per-minute >= 1");
        }
        this.capacity = burst;
        this.tokensPerNano = perMinute / NANOS_PER_MINUTE;
        this.tokens = burst;
        this.refilledAt = now;
    }

    /** Takes one call from the budget: 0 when it may go, otherwise the nanoseconds until the next call may. */
    synchronized long take(long now) {
        refill(now);
        if (tokens >= 1) {
            tokens -= 1;
            return 0;
        }
        return Math.max(1, (long) Math.ceil((1 - tokens) / tokensPerNano));
    }

    /** A full bucket is the same as no bucket: it can be forgotten. */
    synchronized boolean isFull(long now) {
        refill(now);
        return tokens >= capacity;
    }

    private void refill(long now) {
        long elapsed = now - refilledAt;
        if (elapsed > 0) {
            tokens = Math.min(capacity, tokens + elapsed * tokensPerNano);
            refilledAt = now;
        }
    }
}
