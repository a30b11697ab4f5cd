package com.repaero.platform.outbox;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Outbox settings of a service ({@code repaero.outbox.*}). */
@ConfigMapping(prefix = "repaero.outbox")
public interface OutboxConfig {

    /** The service's domain, e.g. {@code supplier}: gives the topic, the event source and the type prefix. */
    String domain();

    /** Events read and sent per relay round. */
    @WithDefault("100")
    int batchSize();

    /**
     * A safety net only: how long the relay waits for a round's acknowledgements. The Kafka producer's own
     * {@code delivery.timeout.ms} must be shorter, so that an event is never re-sent while its first send is still in
     * flight (which would only make a duplicate).
     */
    @WithDefault("60s")
    Duration sendTimeout();

    /** How long a relay instance holds the lease; another instance takes over once it expires. */
    @WithDefault("45s")
    Duration leaseDuration();

    /** How long relayed events stay in the table (for audit and replay). */
    @WithDefault("P7D")
    Duration retention();
}
