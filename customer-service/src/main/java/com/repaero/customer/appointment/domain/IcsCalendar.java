package com.repaero.customer.appointment.domain;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Writes the iCalendar (RFC 5545) file attached to the booking emails, by hand (ADR 0012): one VEVENT whose
 * DTSTART/DTEND carry TZID=Europe/Paris with the matching VTIMEZONE (EU summer-time rule), so calendars show the
 * Paris time whatever their own zone; UTC times for any other configured zone. The UID is stable per booking and the
 * SEQUENCE grows with each change, so a reschedule or a cancellation updates the same calendar entry.
 */
public final class IcsCalendar {

    public static final String CONTENT_TYPE_PUBLISH = "text/calendar; charset=UTF-8; method=PUBLISH";
    public static final String CONTENT_TYPE_CANCEL = "text/calendar; charset=UTF-8; method=CANCEL";
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss");
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);
    private static final String PARIS_VTIMEZONE = String.join("\r\n",
            "BEGIN:VTIMEZONE",
            "TZID:Europe/Paris",
            "BEGIN:DAYLIGHT",
            "TZOFFSETFROM:+0100",
            "TZOFFSETTO:+0200",
            "TZNAME:CEST",
            "DTSTART:19810329T020000",
            "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",
            "END:DAYLIGHT",
            "BEGIN:STANDARD",
            "TZOFFSETFROM:+0200",
            "TZOFFSETTO:+0100",
            "TZNAME:CET",
            "DTSTART:19961027T030000",
            "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU",
            "END:STANDARD",
            "END:VTIMEZONE");

    private IcsCalendar() {
    }

    /** What the event says. {@code cancelled} writes METHOD:CANCEL and STATUS:CANCELLED. */
    public record Event(String uid, int sequence, Instant start, Instant end, String summary, String description,
            String location, String organizerEmail, Instant stamp, boolean cancelled) {
    }

    public static String write(Event event, ZoneId zone) {
        StringBuilder ics = new StringBuilder();
        line(ics, "BEGIN:VCALENDAR");
        line(ics, "VERSION:2.0");
        line(ics, "PRODID:-//Rep'Aero//Rendez-vous//FR");
        line(ics, "CALSCALE:GREGORIAN");
        line(ics, "METHOD:" + (event.cancelled() ? "CANCEL" : "PUBLISH"));
        boolean paris = PARIS.equals(zone);
        if (paris) {
            ics.append(PARIS_VTIMEZONE).append("\r\n");
        }
        line(ics, "BEGIN:VEVENT");
        line(ics, "UID:" + text(event.uid()));
        line(ics, "DTSTAMP:" + UTC.format(event.stamp()));
        line(ics, "SEQUENCE:" + event.sequence());
        line(ics, "DTSTART" + time(event.start(), paris));
        line(ics, "DTEND" + time(event.end(), paris));
        line(ics, "SUMMARY:" + text(event.summary()));
        if (event.description() != null) {
            line(ics, "DESCRIPTION:" + text(event.description()));
        }
        if (event.location() != null) {
            line(ics, "LOCATION:" + text(event.location()));
        }
        line(ics, "ORGANIZER;CN=Rep'Aero:mailto:" + event.organizerEmail());
        line(ics, "STATUS:" + (event.cancelled() ? "CANCELLED" : "CONFIRMED"));
        line(ics, "TRANSP:OPAQUE");
        line(ics, "END:VEVENT");
        line(ics, "END:VCALENDAR");
        return ics.toString();
    }

    private static String time(Instant instant, boolean paris) {
        // In the autumn overlap a local time is ambiguous; RFC 5545 reads it as its first occurrence, which is the
        // one the slot planner offers.
        return paris ? ";TZID=Europe/Paris:" + LOCAL.format(instant.atZone(PARIS)) : ":" + UTC.format(instant);
    }

    /** TEXT escaping (RFC 5545 3.3.11). */
    static String text(String value) {
        return value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\r\n", "\\n")
                .replace("\n", "\\n");
    }

    /** Appends one content line, folded at 75 octets (RFC 5545 3.1) without splitting a UTF-8 character. */
    static void line(StringBuilder ics, String content) {
        int octets = 0;
        int limit = 75;
        for (int i = 0; i < content.length();) {
            int cp = content.codePointAt(i);
            int size = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > limit) {
                ics.append("\r\n ");
                octets = 1;
                limit = 75;
            }
            ics.appendCodePoint(cp);
            octets += size;
            i += Character.charCount(cp);
        }
        ics.append("\r\n");
    }
}
