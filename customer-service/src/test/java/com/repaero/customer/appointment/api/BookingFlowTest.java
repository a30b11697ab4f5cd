package com.repaero.customer.appointment.api;

import static com.repaero.customer.appointment.Appointments.aBooking;
import static com.repaero.customer.appointment.Appointments.aType;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.repaero.customer.appointment.Appointments;
import com.repaero.customer.notification.Inbox;
import com.repaero.customer.notification.TestClock;
import com.repaero.customer.notification.domain.NotificationSender;

import io.quarkus.test.junit.QuarkusTest;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;

/** A visitor books a slot, confirms it with the emailed code, gets the confirmation with its .ics; the CRM has it. */
@QuarkusTest
class BookingFlowTest {

    @Inject
    NotificationSender sender;

    private TestClock clock;

    @BeforeEach
    void monday9am() {
        clock = TestClock.install(Instant.parse("2026-06-01T07:00:00Z"));
    }

    @Test
    void bookConfirmAndReceiveTheInvitation() throws Exception {
        Appointments.technician("08:00", "18:00", DayOfWeek.WEDNESDAY);
        String type = aType().weekdays("08:00", "18:00").create();
        OffsetDateTime start = OffsetDateTime.parse("2026-06-03T10:00:00+02:00");
        assertThat(slots(type)).contains("2026-06-03T10:00:00+02:00");

        Appointments.BookingBuilder booking = aBooking(type, start).with("phone", "+33612345678");
        var created = booking.post(clock).then().statusCode(201)
                .header("Location", org.hamcrest.Matchers.containsString("/api/customer/public/bookings/RDV-"))
                .extract().jsonPath();
        String reference = created.getString("reference");
        assertThat(created.getString("status")).isEqualTo("PENDING");
        assertThat(created.getString("start")).isEqualTo("2026-06-03T10:00:00+02:00");
        assertThat(created.getString("expiresAt")).isEqualTo("2026-06-01T09:30:05+02:00");
        assertThat(slots(type)).doesNotContain("2026-06-03T10:00:00+02:00"); // held while pending

        sender.sendDue();
        String code = Appointments.codeFromEmail(booking.email(), reference);
        Appointments.confirmWithCode(reference, code).then().statusCode(200)
                .body("status", org.hamcrest.Matchers.equalTo("CONFIRMED"));
        Appointments.confirmWithCode(reference, code).then().statusCode(200); // twice is harmless

        // The CRM has the lead: an opportunity of the visitor's company, from this booking, and the meeting.
        CrmLeads.Lead lead = CrmLeads.of(reference);
        assertThat(lead.customerSiren()).isEqualTo("732829320");
        assertThat(lead.urgent()).isFalse();
        assertThat(lead.source()).isEqualTo("BOOKING");

        sender.sendDue();
        Inbox.Email confirmed = Inbox.awaitSubject(booking.email(), "Rendez-vous confirmé");
        assertThat(confirmed.subject()).contains("mercredi 3 juin 2026 à 10h00");
        assertThat(confirmed.text()).contains(reference).contains("/gerer?reference=" + reference);
        Inbox.Attachment ics = confirmed.attachment("rendez-vous.ics");
        assertThat(ics.contentType()).startsWith("text/calendar");
        assertThat(ics.content()).contains("DTSTART;TZID=Europe/Paris:20260603T100000");
        Calendar calendar = new CalendarBuilder().build(new StringReader(ics.content()));
        VEvent event = calendar.<VEvent>getComponent("VEVENT").orElseThrow();
        assertThat(Instant.from(event.getDateTimeStart().getDate())).isEqualTo(start.toInstant());
        assertThat(Instant.from(event.getDateTimeEnd().getDate()))
                .isEqualTo(start.plusHours(1).toInstant());
    }

    @Test
    void aWrongCodeCountsAndTheLinkStillConfirms() {
        String type = aType().aog().allDay().create();
        Appointments.BookingBuilder booking = aBooking(type, OffsetDateTime.parse("2026-06-05T21:00:00+02:00"));
        String reference = Appointments.book(booking, clock);
        sender.sendDue();
        String code = Appointments.codeFromEmail(booking.email(), reference);
        String wrong = code.equals("000000") ? "111111" : "000000";

        Appointments.confirmWithCode(reference, wrong).then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", org.hamcrest.Matchers.equalTo(
                        "code"));
        given().contentType("application/json").body("{\"token\":\"forged.token\"}")
                .post("/api/customer/public/bookings/" + reference + "/confirmation").then().statusCode(400)
                .body("errors[0].field", org.hamcrest.Matchers.equalTo("token"));

        for (int attempt = 2; attempt <= 5; attempt++) {
            Appointments.confirmWithCode(reference, wrong).then().statusCode(400);
        }
        // Five wrong codes were counted (each in its own committed transaction): now even the right one is refused.
        Appointments.confirmWithCode(reference, code).then().statusCode(422)
                .body("code", org.hamcrest.Matchers.equalTo("too-many-attempts"));

        String token = Appointments.confirmTokenFromEmail(booking.email(), reference);
        given().contentType("application/json").body(java.util.Map.of("token", token))
                .post("/api/customer/public/bookings/" + reference + "/confirmation").then().statusCode(200)
                .body("status", org.hamcrest.Matchers.equalTo("CONFIRMED"));
    }

    private static List<String> slots(String type) {
        return given().queryParam("type", type).queryParam("from", "2026-06-03").queryParam("to", "2026-06-03")
                .get("/api/customer/public/availability").then().statusCode(200).extract().jsonPath()
                .getList("slots.start");
    }
}
