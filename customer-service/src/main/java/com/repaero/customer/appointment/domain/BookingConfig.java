package com.repaero.customer.appointment.domain;

import java.time.Duration;
import java.time.ZoneId;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Public booking: time zone, links, anti-abuse limits, confirmation, reminders, AOG escalation. */
@ConfigMapping(prefix = "repaero.booking")
public interface BookingConfig {

    /** Slots are computed in this zone; the API exchanges ISO-8601 times with their offset. */
    @WithDefault("Europe/Paris")
    ZoneId zone();

    /** The public booking page, base of the links sent by email (confirm, cancel, reschedule). */
    @WithDefault("http://localhost:8080/rendez-vous")
    String publicUrl();

    /** Where appointments take place (iCalendar LOCATION, emails). */
    @WithDefault("Rep'Aero, 1 rue de l'Aéroport, 31700 Blagnac")
    String location();

    /** Organizer of the iCalendar events and reply address of the emails. */
    @WithDefault("rendez-vous@repaero.fr")
    String organizerEmail();

    /** HMAC key of the form, confirmation and manage tokens (a secret; random per start when absent). */
    Optional<String> signingKey();

    /** Longest range one availability query may span. */
    @WithDefault("31")
    int maxQueryDays();

    Form form();

    Limits limits();

    /** How long a PENDING booking holds its slot waiting for confirmation. */
    @WithDefault("30m")
    Duration confirmationTimeout();

    /** Wrong confirmation codes accepted before only the link can confirm. */
    @WithDefault("5")
    int maxCodeAttempts();

    Reminder reminder();

    Aog aog();

    /** Scheduled jobs' interval (expiry, reminders, escalation); "off" in tests, which call them. */
    @WithDefault("1m")
    String jobsEvery();

    /** The signed booking form: filled by a person, not a script. */
    interface Form {
        /** A form posted sooner than this after it was issued is refused (scripts post at once). */
        @WithDefault("3s")
        Duration minFillTime();

        @WithDefault("2h")
        Duration maxAge();
    }

    /** Per-email limits, beyond the gateway's per-IP rate limit. */
    interface Limits {
        /** Unconfirmed bookings one email address may hold at once. */
        @WithDefault("2")
        int pendingPerEmail();

        /** Bookings one email address may make per rolling 24 h. */
        @WithDefault("5")
        int perEmailPerDay();
    }

    interface Reminder {
        /** How long before the appointment the reminder goes (email, and SMS when a phone was given). */
        @WithDefault("24h")
        Duration before();
    }

    interface Aog {
        /** Time the paged on-call contact has to acknowledge before the next one is paged. */
        @WithDefault("15m")
        Duration acknowledgeWithin();
    }
}
