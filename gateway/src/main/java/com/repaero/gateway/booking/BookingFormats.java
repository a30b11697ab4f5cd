package com.repaero.gateway.booking;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Days and times as the visitor reads them, always in the workshop's zone (Europe/Paris) whatever the offset the API
 * sent: "lundi 30 novembre 2026", "mardi 1er décembre 2026", "22:00", "1 h 30"; in English "Monday 30 November 2026".
 */
public final class BookingFormats {

    public static final ZoneId ZONE = ZoneId.of("Europe/Paris");
    /** The start of a slot in links and hidden fields: ISO-8601 with the Paris offset, e.g. 2026-11-30T22:00:00+01:00. */
    static final DateTimeFormatter SLOT_PARAM = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

    private static final String NBSP = "\u00a0";

    private final boolean french;
    private final Locale locale;

    public BookingFormats(Locale locale) {
        this.french = !"en".equals(locale.getLanguage());
        this.locale = french ? Locale.FRANCE : Locale.UK;
    }

    /** "lundi 30 novembre 2026" (French typography: "1er" for the first of the month). */
    public String day(LocalDate date) {
        if (date == null) {
            return "";
        }
        if (french) {
            String weekday = DateTimeFormatter.ofPattern("EEEE", locale).format(date);
            String dayOfMonth = date.getDayOfMonth() == 1 ? "1er" : Integer.toString(date.getDayOfMonth());
            return weekday + " " + dayOfMonth + " " + DateTimeFormatter.ofPattern("MMMM yyyy", locale).format(date);
        }
        return DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", locale).format(date);
    }

    public String day(OffsetDateTime time) {
        return time == null ? "" : day(local(time).toLocalDate());
    }

    /** "lun." / "Mon": the day navigation's first line. */
    public String weekday(LocalDate date) {
        return DateTimeFormatter.ofPattern("EEE", locale).format(date);
    }

    /** "30 nov." / "30 Nov": the day navigation's second line. */
    public String dayAndMonth(LocalDate date) {
        return DateTimeFormatter.ofPattern("d MMM", locale).format(date);
    }

    /** "22:00" in Paris time. */
    public String time(OffsetDateTime time) {
        return time == null ? "" : DateTimeFormatter.ofPattern("HH:mm", locale).format(local(time));
    }

    /** "lundi 30 novembre 2026 à 22:00" / "Monday 30 November 2026 at 22:00". */
    public String dateTime(OffsetDateTime time) {
        return time == null ? "" : day(time) + (french ? " à " : " at ") + time(time);
    }

    /** "30 min", "1 h", "1 h 30" ("1 h 30 min" in English), with non-breaking spaces: never split over two lines. */
    public String duration(int minutes) {
        int hours = minutes / 60;
        int rest = minutes % 60;
        if (hours == 0) {
            return rest + NBSP + "min";
        }
        if (rest == 0) {
            return hours + NBSP + "h";
        }
        return hours + NBSP + "h" + NBSP + String.format("%02d", rest) + (french ? "" : NBSP + "min");
    }

    static ZonedDateTime local(OffsetDateTime time) {
        return time.atZoneSameInstant(ZONE);
    }

    /** The value that names a slot in links and forms. */
    static String slotParam(OffsetDateTime start) {
        return SLOT_PARAM.format(local(start).toOffsetDateTime());
    }
}
