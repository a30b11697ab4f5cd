package com.repaero.customer.notification.domain;

/** An email to send: plain-text body, optionally one text attachment (an iCalendar file). */
public record OutgoingEmail(String to, String subject, String body, Attachment attachment) {

    /** A text attachment, e.g. {@code rendez-vous.ics}, {@code text/calendar; charset=UTF-8; method=PUBLISH}. */
    public record Attachment(String name, String contentType, String content) {
    }
}
