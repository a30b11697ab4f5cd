package com.repaero.customer.appointment.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;

import org.junit.jupiter.api.Test;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;

/** The hand-written iCalendar file, read back with iCal4j: Paris local times with their VTIMEZONE. */
class IcsCalendarTest {

    static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    @Test
    void theEventIsInParisTimeWithItsTimeZone() throws Exception {
        Instant start = ZonedDateTime.of(2026, 3, 29, 22, 0, 0, 0, PARIS).toInstant();
        String ics = IcsCalendar.write(new IcsCalendar.Event("RDV-ABCDEFGH@repaero.fr", 2, start,
                start.plusSeconds(3600), "Rep'Aero — Urgence AOG; avion au sol, F-GABC",
                "Référence RDV-ABCDEFGH\nUne longue description qui dépasse largement soixante-quinze octets pour"
                        + " vérifier le pliage des lignes en UTF-8 é à ç",
                "Rep'Aero, Blagnac", "rendez-vous@repaero.fr", Instant.parse("2026-03-20T10:00:00Z"), false), PARIS);

        assertThat(ics).contains("DTSTART;TZID=Europe/Paris:20260329T220000\r\n")
                .contains("BEGIN:VTIMEZONE\r\nTZID:Europe/Paris").contains("METHOD:PUBLISH");
        assertThat(ics.split("\r\n"))
                .allMatch(line -> line.getBytes(java.nio.charset.StandardCharsets.UTF_8).length <= 75);

        Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
        calendar.validate();
        VEvent event = calendar.<VEvent>getComponent("VEVENT").orElseThrow();
        assertThat(calendar.<VTimeZone>getComponent("VTIMEZONE")).isPresent();
        assertThat(event.getUid().orElseThrow().getValue()).isEqualTo("RDV-ABCDEFGH@repaero.fr");
        assertThat(event.getSummary().getValue()).isEqualTo("Rep'Aero — Urgence AOG; avion au sol, F-GABC");
        assertThat(event.getDescription().getValue()).endsWith("é à ç");
        Temporal dtStart = event.getDateTimeStart().getDate();
        assertThat(Instant.from(dtStart)).isEqualTo(start);
    }

    @Test
    void aCancellationCancelsTheSameEvent() {
        Instant start = Instant.parse("2026-06-01T08:00:00Z");
        String ics = IcsCalendar.write(new IcsCalendar.Event("RDV-X@repaero.fr", 1, start, start.plusSeconds(60),
                "x", null, null, "a@b.fr", start, true), PARIS);

        assertThat(ics).contains("METHOD:CANCEL").contains("STATUS:CANCELLED").contains("SEQUENCE:1")
                .contains("UID:RDV-X@repaero.fr");
    }
}
