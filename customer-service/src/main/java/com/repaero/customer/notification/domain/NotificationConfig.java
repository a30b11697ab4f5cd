package com.repaero.customer.notification.domain;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The notification sender: how often it runs, how it retries. */
@ConfigMapping(prefix = "repaero.notification")
public interface NotificationConfig {

    /** Sender interval, e.g. 10s ("off" in tests, which call the sender themselves). */
    @WithDefault("10s")
    String every();

    /** Sends each message right after its transaction commits, besides the scheduled runs (off in tests). */
    @WithDefault("true")
    boolean sendAtCommit();

    /** Attempts before a notification is FAILED for a person to look at. */
    @WithDefault("10")
    int maxAttempts();

    /** Wait after the first failure; doubled after each further one, up to {@link #maxBackoff()}. */
    @WithDefault("30s")
    Duration initialBackoff();

    @WithDefault("1h")
    Duration maxBackoff();

    /** How long a sender owns a notification it works on before another may take it over (crash). */
    @WithDefault("5m")
    Duration claimTimeout();

    @WithDefault("100")
    int batchSize();
}
