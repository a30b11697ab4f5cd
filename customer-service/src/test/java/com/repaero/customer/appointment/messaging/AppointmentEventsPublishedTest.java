package com.repaero.customer.appointment.messaging;

import static com.repaero.customer.appointment.Appointments.aBooking;
import static com.repaero.customer.appointment.Appointments.aType;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import com.repaero.customer.appointment.Appointments;
import com.repaero.customer.appointment.domain.BookingService;
import com.repaero.customer.notification.TestClock;
import com.repaero.customer.notification.domain.NotificationSender;
import com.repaero.platform.event.EventEnvelope;
import com.repaero.platform.event.EventJson;
import com.repaero.platform.testing.EventSchemas;
import com.repaero.platform.testing.TestTokens;
import com.repaero.platform.testing.TopicReader;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** AppointmentBooked (on confirmation) and AppointmentCancelled reach the real broker, valid against their schemas. */
@QuarkusTest
class AppointmentEventsPublishedTest {

    @Inject
    NotificationSender sender;

    @Inject
    BookingService bookings;

    @Test
    void bookedThenCancelledByStaff() {
        TestClock clock = TestClock.install(Instant.parse("2026-11-02T08:00:00Z"));
        String type = aType().aog().allDay().create();
        Appointments.BookingBuilder booking = aBooking(type, OffsetDateTime.parse("2026-11-03T23:00:00+01:00"))
                .with("phone", "+33612345678");
        String reference = Appointments.book(booking, clock);
        sender.sendDue();
        Appointments.confirmWithCode(reference, Appointments.codeFromEmail(booking.email(), reference)).then()
                .statusCode(200);
        long id = bookings.byReference(reference).id;

        ConsumerRecord<String, String> booked = one(id, "AppointmentBooked");
        assertThat(EventSchemas.violations(booked.value(), "customer", "AppointmentBooked")).isEmpty();
        EventEnvelope envelope = EventJson.read(booked.value());
        assertThat(envelope.type()).isEqualTo("com.repaero.customer.AppointmentBooked");
        AppointmentBooked data = EventJson.data(envelope, AppointmentBooked.class);
        assertThat(data.reference()).isEqualTo(reference);
        assertThat(data.aog()).isTrue();
        assertThat(data.start()).isEqualTo(OffsetDateTime.parse("2026-11-03T23:00:00+01:00"));
        assertThat(booked.value()).contains("\"start\":\"2026-11-03T23:00:00+01:00\"");

        given().auth().oauth2(TestTokens.forRole("sales")).contentType(ContentType.JSON)
                .body(Map.of("reason", "Client injoignable")).post("/api/customer/appointments/" + id
                        + "/cancellation")
                .then().statusCode(200);
        ConsumerRecord<String, String> cancelled = one(id, "AppointmentCancelled");
        assertThat(EventSchemas.violations(cancelled.value(), "customer", "AppointmentCancelled")).isEmpty();
        AppointmentCancelled c = EventJson.data(EventJson.read(cancelled.value()), AppointmentCancelled.class);
        assertThat(c.cancelledBy()).isEqualTo("sales");
        assertThat(c.reason()).isEqualTo("Client injoignable");
    }

    private static ConsumerRecord<String, String> one(long id, String event) {
        List<ConsumerRecord<String, String>> records = TopicReader.await("repaero.customer.events",
                TopicReader.event("Appointment", Long.toString(id), event), 1, Duration.ofSeconds(30));
        assertThat(records).hasSize(1);
        return records.get(0);
    }
}
