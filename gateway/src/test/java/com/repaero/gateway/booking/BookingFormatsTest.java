package com.repaero.gateway.booking;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import org.junit.jupiter.api.Test;

/** Days and times as visitors read them, in Paris time whatever offset the API wrote. */
class BookingFormatsTest {

    private final BookingFormats french = new BookingFormats(BookingPages.FRENCH);
    private final BookingFormats english = new BookingFormats(BookingPages.ENGLISH);

    @Test
    void daysAreWrittenOutInFrenchWithTheFirstOfTheMonthAsPremier() {
        assertThat(french.day(LocalDate.of(2026, 11, 30))).isEqualTo("lundi 30 novembre 2026");
        assertThat(french.day(LocalDate.of(2026, 12, 1))).isEqualTo("mardi 1er décembre 2026");
        assertThat(english.day(LocalDate.of(2026, 12, 1))).isEqualTo("Tuesday 1 December 2026");
        assertThat(french.weekday(LocalDate.of(2026, 11, 30))).isEqualTo("lun.");
        assertThat(french.dayAndMonth(LocalDate.of(2026, 11, 30))).isEqualTo("30 nov.");
        assertThat(english.dayAndMonth(LocalDate.of(2026, 11, 30))).isEqualTo("30 Nov");
    }

    @Test
    void timesAreParisTimesOnTwentyFourHours() {
        OffsetDateTime utc = OffsetDateTime.parse("2026-11-30T21:00:00Z");
        assertThat(french.time(utc)).isEqualTo("22:00");
        assertThat(french.dateTime(utc)).isEqualTo("lundi 30 novembre 2026 à 22:00");
        assertThat(english.dateTime(utc)).isEqualTo("Monday 30 November 2026 at 22:00");
        // Summer time: +02:00.
        assertThat(french.time(OffsetDateTime.parse("2026-07-14T06:30:00Z"))).isEqualTo("08:30");
        // 23:30 UTC is already the next day in Paris.
        assertThat(french.day(OffsetDateTime.parse("2026-11-30T23:30:00Z"))).isEqualTo("mardi 1er décembre 2026");
    }

    @Test
    void slotsAreNamedWithTheirParisOffset() {
        assertThat(BookingFormats.slotParam(OffsetDateTime.parse("2026-11-30T21:00:00Z")))
                .isEqualTo("2026-11-30T22:00:00+01:00");
        assertThat(BookingFormats.slotParam(OffsetDateTime.parse("2026-03-29T01:00:00Z")))
                .isEqualTo("2026-03-29T03:00:00+02:00");
    }

    @Test
    void durationsAreShort() {
        assertThat(french.duration(30)).isEqualTo("30\u00a0min");
        assertThat(french.duration(60)).isEqualTo("1\u00a0h");
        assertThat(french.duration(90)).isEqualTo("1\u00a0h\u00a030");
        assertThat(french.duration(125)).isEqualTo("2\u00a0h\u00a005");
        assertThat(english.duration(90)).isEqualTo("1\u00a0h\u00a030\u00a0min");
    }
}
