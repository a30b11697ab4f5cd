package com.repaero.customer.notification.twilio;

import java.time.Duration;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Twilio account (credentials from secrets), sender, API address (a local fake in tests) and time limits. */
@ConfigMapping(prefix = "repaero.twilio")
public interface TwilioConfig {

    /** https://api.twilio.com in production. */
    @WithDefault("https://api.twilio.com")
    String baseUrl();

    Optional<String> accountSid();

    Optional<String> authToken();

    /** Alphanumeric sender id (11 characters at most, one-way) or an E.164 number. */
    Optional<String> from();

    /** Messaging service SID, used instead of {@link #from()} when set. */
    Optional<String> messagingServiceSid();

    /**
     * The public URL Twilio posts inbound SMS to (as configured in the Twilio console): the signature covers it, and
     * behind a gateway the service cannot rebuild it from the request.
     */
    Optional<String> webhookUrl();

    @WithDefault("3s")
    Duration connectTimeout();

    /** Limit for one call; a slower Twilio counts as an outage and the message is retried later. */
    @WithDefault("10s")
    Duration readTimeout();
}
