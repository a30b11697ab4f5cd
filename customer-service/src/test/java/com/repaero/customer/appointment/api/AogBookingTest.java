package com.repaero.customer.appointment.api;

import static com.repaero.customer.appointment.Appointments.aBooking;
import static com.repaero.customer.appointment.Appointments.aType;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import com.repaero.customer.appointment.Appointments;
import com.repaero.customer.appointment.domain.BookingService;
import com.repaero.customer.appointment.domain.OnCallService;
import com.repaero.customer.notification.TestClock;
import com.repaero.customer.notification.TwilioFake;
import com.repaero.customer.notification.domain.NotificationSender;
import com.repaero.platform.testing.TestTokens;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * An urgent booking at 22:00 on a Friday: flagged AOG, the first on-call contact gets an SMS as soon as it is
 * confirmed, the second one when the first does not acknowledge within 15 minutes; once acknowledged, paging stops.
 */
@QuarkusTest
class AogBookingTest {

    @Inject
    NotificationSender sender;

    @Inject
    OnCallService onCall;

    @Inject
    BookingService bookings;

    @Test
    void pagedEscalatedAcknowledged() {
        TestClock clock = TestClock.install(Instant.parse("2026-07-03T17:00:00Z")); // Friday 19:00 in Paris
        TwilioFake twilio = TwilioFake.connect();
        String first = TwilioFake.uniquePhone();
        String second = TwilioFake.uniquePhone();
        twilio.stub(TwilioFake.messageTo(first).willReturn(TwilioFake.accepted("SM" + "1".repeat(32))));
        twilio.stub(TwilioFake.messageTo(second).willReturn(TwilioFake.accepted("SM" + "2".repeat(32))));
        given().auth().oauth2(TestTokens.forRole("team-lead")).contentType(ContentType.JSON)
                .body(List.of(Map.of("name", "Alice (astreinte)", "phone", first),
                        Map.of("name", "Bruno (chef d'équipe)", "phone", second)))
                .put("/api/customer/on-call").then().statusCode(200);
        String type = aType().aog().allDay().create();

        Appointments.BookingBuilder booking = aBooking(type, OffsetDateTime.parse("2026-07-03T22:00:00+02:00"))
                .with("phone", "+33611111111");
        String reference = booking.post(clock).then().statusCode(201).body("aog", equalTo(true)).extract()
                .jsonPath().getString("reference");
        sender.sendDue();
        Appointments.confirmWithCode(reference, Appointments.codeFromEmail(booking.email(), reference)).then()
                .statusCode(200);
        assertThat(CrmLeads.of(reference).urgent()).isTrue();

        sender.sendDue();
        assertThat(twilio.requests(TwilioFake.messagesTo(first))).singleElement()
                .satisfies(r -> assertThat(r.getBodyAsString()).contains("AOG").contains(reference)
                        .contains("From=RepAero"));
        long appointmentId = bookings.byReference(reference).id;
        long alertId = onCall.alertOf(appointmentId).orElseThrow().id;

        clock.advance(Duration.ofMinutes(14));
        onCall.escalate();
        sender.sendDue();
        assertThat(twilio.requests(TwilioFake.messagesTo(second))).isEmpty();

        clock.advance(Duration.ofMinutes(2));
        onCall.escalate();
        sender.sendDue();
        assertThat(twilio.requests(TwilioFake.messagesTo(second))).hasSize(1);

        given().auth().oauth2(TestTokens.forRole("sales")).post("/api/customer/aog-alerts/" + alertId
                + "/acknowledgement").then().statusCode(403);
        given().auth().oauth2(TestTokens.forUser("bruno", "technician"))
                .post("/api/customer/aog-alerts/" + alertId + "/acknowledgement").then().statusCode(200)
                .body("status", equalTo("ACKNOWLEDGED")).body("acknowledgedBy", equalTo("bruno"));

        clock.advance(Duration.ofHours(1));
        onCall.escalate();
        sender.sendDue();
        assertThat(twilio.requests(TwilioFake.messagesTo(first))).hasSize(1);
        assertThat(twilio.requests(TwilioFake.messagesTo(second))).hasSize(1);
        given().auth().oauth2(TestTokens.forRole("technician")).get("/api/customer/appointments/" + appointmentId)
                .then().statusCode(200).body("aog", equalTo(true)).body("aogAlert.status", equalTo("ACKNOWLEDGED"))
                .body("aogAlert.level", equalTo(1));
    }
}
