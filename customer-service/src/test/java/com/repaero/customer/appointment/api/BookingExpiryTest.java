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

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import com.repaero.customer.appointment.Appointments;
import com.repaero.customer.appointment.domain.BookingService;
import com.repaero.customer.notification.TestClock;
import com.repaero.customer.notification.domain.NotificationSender;

import io.quarkus.test.junit.QuarkusTest;

/** An unconfirmed booking frees its slot when the expiry job passes after the confirmation time. */
@QuarkusTest
class BookingExpiryTest {

    @Inject
    BookingService bookings;

    @Inject
    NotificationSender sender;

    @Test
    void theSlotComesBackAndTheCodeNoLongerConfirms() {
        TestClock clock = TestClock.install(Instant.parse("2026-09-01T08:00:00Z"));
        String type = aType().aog().allDay().create();
        Appointments.BookingBuilder booking = aBooking(type, OffsetDateTime.parse("2026-09-02T23:00:00+02:00"));
        String reference = Appointments.book(booking, clock);
        sender.sendDue();
        String code = Appointments.codeFromEmail(booking.email(), reference);
        assertThat(slots(type)).doesNotContain("2026-09-02T23:00:00+02:00");

        clock.advance(Duration.ofMinutes(29));
        bookings.expirePending();
        assertThat(slots(type)).doesNotContain("2026-09-02T23:00:00+02:00");

        clock.advance(Duration.ofMinutes(2));
        assertThat(bookings.expirePending()).isGreaterThanOrEqualTo(1);
        assertThat(slots(type)).contains("2026-09-02T23:00:00+02:00");
        Appointments.confirmWithCode(reference, code).then().statusCode(409).body("code", equalTo("not-pending"));
    }

    private static List<String> slots(String type) {
        return given().queryParam("type", type).queryParam("from", "2026-09-02").queryParam("to", "2026-09-02")
                .get("/api/customer/public/availability").then().statusCode(200).extract().jsonPath()
                .getList("slots.start");
    }
}
