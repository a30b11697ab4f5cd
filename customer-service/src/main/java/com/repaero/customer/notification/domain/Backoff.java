package com.repaero.customer.notification.domain;

import java.time.Duration;

/** Exponential backoff: initial, then doubled per failed attempt, capped. */
public final class Backoff {

    private Backoff() {
    }

    /** Wait after the {@code failedAttempts}-th failure (1 = the first). */
    public static Duration after(int failedAttempts, Duration initial, Duration max) {
        Duration wait = initial;
        for (int i = 1; i < failedAttempts && wait.compareTo(max) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(max) > 0 ? max : wait;
    }
}
