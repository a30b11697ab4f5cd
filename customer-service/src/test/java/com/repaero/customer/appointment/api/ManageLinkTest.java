package com.repaero.customer.appointment.api;

import static com.repaero.customer.appointment.Appointments.aBooking;
import static com.repaero.customer.appointment.Appointments.aType;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import com.repaero.customer.appointment.Appointments;
import com.repaero.customer.notification.Inbox;
import com.repaero.customer.notification.TestClock;
import com.repaero.customer.notification.domain.NotificationSender;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** The manage link of the confirmation email moves the booking, then cancels it; calendars follow (.ics). */
@QuarkusTest
class ManageLinkTest {

    @Inject
    NotificationSender sender;

    @Test
    void rescheduleThenCancel() {
        TestClock clock = TestClock.install(Instant.parse("2026-10-01T08:00:00Z"));
        String type = aType().aog().allDay().with("slotStepMinutes", 30).create();
        Appointments.BookingBuilder booking = aBooking(type, OffsetDateTime.parse("2026-10-03T22:00:00+02:00"));
        String reference = Appointments.book(booking, clock);
        sender.sendDue();
        Appointments.confirmWithCode(reference, Appointments.codeFromEmail(booking.email(), reference)).then()
                .statusCode(200);
        sender.sendDue();
        String token = Appointments.manageTokenFrom(Inbox.awaitSubject(booking.email(), "Rendez-vous confirmé"));

        given().queryParam("token", token).get("/api/customer/public/bookings/" + reference).then().statusCode(200)
                .body("status", equalTo("CONFIRMED"));
        given().queryParam("token", "nope").get("/api/customer/public/bookings/" + reference).then()
                .statusCode(400).body("errors[0].field", equalTo("token"));

        // The autumn change: 02:30 exists twice that night; the first one (+02:00) is the slot.
        given().contentType(ContentType.JSON).body(Map.of("token", token, "start", "2026-10-25T02:30:00+02:00"))
                .post("/api/customer/public/bookings/" + reference + "/reschedule").then().statusCode(200)
                .body("start", equalTo("2026-10-25T02:30:00+02:00"));
        given().contentType(ContentType.JSON).body(Map.of("token", token, "start", "2026-10-25T02:30:00+01:00"))
                .post("/api/customer/public/bookings/" + reference + "/reschedule").then().statusCode(422)
                .body("code", equalTo("not-a-slot"));
        sender.sendDue();
        Inbox.Email moved = Inbox.awaitSubject(booking.email(), "Rendez-vous déplacé");
        assertThat(moved.attachment("rendez-vous.ics").content())
                .contains("DTSTART;TZID=Europe/Paris:20261025T023000").contains("SEQUENCE:1");

        given().contentType(ContentType.JSON).body(Map.of("token", token, "reason", "Avion réparé"))
                .post("/api/customer/public/bookings/" + reference + "/cancellation").then().statusCode(200)
                .body("status", equalTo("CANCELLED"));
        given().contentType(ContentType.JSON).body(Map.of("token", token))
                .post("/api/customer/public/bookings/" + reference + "/cancellation").then().statusCode(409);
        sender.sendDue();
        Inbox.Email cancelled = Inbox.awaitSubject(booking.email(), "Rendez-vous annulé");
        assertThat(cancelled.text()).contains("Avion réparé");
        assertThat(cancelled.attachment("annulation.ics").content()).contains("METHOD:CANCEL")
                .contains("STATUS:CANCELLED").contains("UID:" + reference + "@repaero.fr");
    }
}
