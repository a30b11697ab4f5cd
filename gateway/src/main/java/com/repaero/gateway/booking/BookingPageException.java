package com.repaero.gateway.booking;

import java.time.Duration;

import io.quarkus.qute.TemplateInstance;

/** Ends a booking request with an HTML page (404, 429, 503…) for the visitor, never the API's problem+json. */
public class BookingPageException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int status;
    private final transient TemplateInstance page;
    private final Duration retryAfter;

    public BookingPageException(int status, TemplateInstance page, Duration retryAfter) {
        super("booking page " + status, null, false, false);
        this.status = status;
        this.page = page;
        this.retryAfter = retryAfter;
    }

    public int status() {
        return status;
    }

    public TemplateInstance page() {
        return page;
    }

    /** For 429 and 503: when to come back; null when unknown. */
    public Duration retryAfter() {
        return retryAfter;
    }
}
