package com.repaero.customer.appointment.api;

import static com.repaero.customer.appointment.Appointments.aBooking;
import static com.repaero.customer.appointment.Appointments.aType;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import java.io.StringReader;
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
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;

/** The manage link's token downloads the booking's .ics: the email's event, updated after a move, then cancelled. */
@QuarkusTest
class CalendarDownloadTest {

    @Inject
    NotificationSender sender;

    @Test
    void theCalendarEntryFollowsTheBooking() throws Exception {
        TestClock clock = TestClock.install(Instant.parse("2027-04-05T08:00:00Z"));
        String type = aType().aog().allDay().create();
        OffsetDateTime start = OffsetDateTime.parse("2027-04-07T21:00:00+02:00");
        Appointments.BookingBuilder booking = aBooking(type, start);
        String reference = Appointments.book(booking, clock);
        sender.sendDue();
        String fromConfirmation = Appointments.confirmWithCode(reference,
                Appointments.codeFromEmail(booking.email(), reference)).then().statusCode(200).extract().jsonPath()
                .getString("manageToken");
        sender.sendDue();
        String token = Appointments.manageTokenFrom(Inbox.awaitSubject(booking.email(), "Rendez-vous confirmé"));
        String url = "/api/customer/public/bookings/" + reference + "/calendar.ics";
        // The confirmation's answer carries the manage link's token, so the confirmed page can offer the file.
        given().queryParam("token", fromConfirmation).get(url).then().statusCode(200);

        String published = given().queryParam("token", token).get(url).then().statusCode(200)
                .contentType(startsWith("text/calendar")).contentType(containsString("utf-8"))
                .header("Content-Disposition", "attachment; filename=\"rendez-vous-" + reference + ".ics\"")
                .extract().asString();
        VEvent event = event(published, "PUBLISH");
        assertThat(event.getProperty("DTSTART").orElseThrow().getParameter("TZID").orElseThrow().getValue())
                .isEqualTo("Europe/Paris");
        assertThat(Instant.from(event.getDateTimeStart().getDate())).isEqualTo(start.toInstant());
        assertThat(value(event, "UID")).isEqualTo(reference + "@repaero.fr");
        assertThat(value(event, "SEQUENCE")).isEqualTo("0");
        given().queryParam("token", "nope").get(url).then().statusCode(404).contentType("application/problem+json");

        given().contentType(ContentType.JSON).body(Map.of("token", token, "start", "2027-04-08T22:00:00+02:00"))
                .post("/api/customer/public/bookings/" + reference + "/reschedule").then().statusCode(200);
        VEvent moved = event(given().queryParam("token", token).get(url).then().statusCode(200).extract()
                .asString(), "PUBLISH");
        assertThat(value(moved, "UID")).isEqualTo(reference + "@repaero.fr");
        assertThat(value(moved, "SEQUENCE")).isEqualTo("1");
        assertThat(Instant.from(moved.getDateTimeStart().getDate()))
                .isEqualTo(Instant.parse("2027-04-08T20:00:00Z"));

        given().contentType(ContentType.JSON).body(Map.of("token", token))
                .post("/api/customer/public/bookings/" + reference + "/cancellation").then().statusCode(200);
        VEvent cancelled = event(given().queryParam("token", token).get(url).then().statusCode(200).extract()
                .asString(), "CANCEL");
        assertThat(value(cancelled, "STATUS")).isEqualTo("CANCELLED");
        assertThat(value(cancelled, "SEQUENCE")).isEqualTo("2");
    }

    @Test
    void aWrongTokenIsNotFound() {
        given().queryParam("token", "nope").get("/api/customer/public/bookings/RDV-ABCDEFGH/calendar.ics").then()
                .statusCode(404).contentType("application/problem+json").body("status", equalTo(404));
        given().get("/api/customer/public/bookings/RDV-ABCDEFGH/calendar.ics").then().statusCode(404)
                .contentType("application/problem+json");
    }

    private static String value(VEvent event, String property) {
        return event.getProperty(property).orElseThrow().getValue();
    }

    private static VEvent event(String ics, String method) throws Exception {
        Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
        assertThat(calendar.getProperty("METHOD").orElseThrow().getValue()).isEqualTo(method);
        return calendar.<VEvent>getComponent("VEVENT").orElseThrow();
    }
}
