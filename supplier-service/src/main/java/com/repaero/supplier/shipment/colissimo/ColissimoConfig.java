package com.repaero.supplier.shipment.colissimo;

import java.time.Duration;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Colissimo web services: endpoint, contract credentials (from secrets), time limits and our sender address. */
@ConfigMapping(prefix = "repaero.colissimo")
public interface ColissimoConfig {

    /** e.g. https://ws.colissimo.fr (a local fake in tests). */
    String baseUrl();

    /** "Web Service d'Affranchissement" contract number; absent = labels refused with a clear message. */
    Optional<String> contractNumber();

    Optional<String> password();

    /**
     * Colissimo's API key, the alternative to contract number and password (integrations.md): when set it is used
     * instead, in the {@code apiKey} header of generateLabel and the {@code apiKey} field of timelineCompany.
     */
    Optional<String> apiKey();

    @WithDefault("2s")
    Duration connectTimeout();

    /** Limit for one call, from sending the request to the last byte of the answer. */
    @WithDefault("10s")
    Duration readTimeout();

    /** Limit for all attempts of one operation together: the user never waits longer. */
    @WithDefault("25s")
    Duration totalTimeout();

    @WithDefault("3")
    int maxAttempts();

    @WithDefault("500ms")
    Duration initialBackoff();

    @WithDefault("4s")
    Duration maxBackoff();

    /** Default label format when a shipment does not ask for one. */
    @WithDefault("PDF_10x15_300dpi")
    String outputFormat();

    Sender sender();

    /** Tracking poll interval (used by the scheduler; "off" disables it). */
    Job tracking();

    /** Interval of the job that requests again labels an outage prevented. */
    Job labelRetry();

    /** A scheduled job's interval, e.g. 30m. */
    interface Job {
        String every();
    }

    /** Rep'Aero's own address, printed as the sender of every parcel. */
    interface Sender {
        String companyName();

        String line2();

        String city();

        String zipCode();

        @WithDefault("FR")
        String countryCode();
    }
}
