package com.repaero.customer.appointment.api;

import static com.repaero.customer.appointment.Appointments.aBooking;
import static com.repaero.customer.appointment.Appointments.aType;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.repaero.customer.appointment.Appointments;
import com.repaero.customer.notification.TestClock;

import io.quarkus.test.junit.QuarkusTest;

/** What stops scripts: the honeypot, the signed form (too fast, reused, forged) and the per-email limits. */
@QuarkusTest
class BookingAbuseTest {

    private TestClock clock;
    private String type;

    @BeforeEach
    void setUp() {
        clock = TestClock.install(Instant.parse("2026-07-01T08:00:00Z"));
        type = aType().aog().allDay().with("capacity", 10).create();
    }

    private Appointments.BookingBuilder booking() {
        return aBooking(type, OffsetDateTime.parse("2026-07-02T23:00:00+02:00"));
    }

    @Test
    void aFilledHoneypotIsRefused() {
        booking().with("website", "http://spam.example").post(clock).then().statusCode(422)
                .contentType("application/problem+json").body("code", equalTo("form-rejected"));
    }

    @Test
    void aFormSentAtOnceIsRefused() {
        booking().with("formToken", Appointments.formToken()).postAsIs().then().statusCode(422)
                .body("code", equalTo("form-too-fast"));
    }

    @Test
    void aFormBooksOnce() {
        String form = Appointments.formToken();
        clock.advance(Duration.ofSeconds(10));
        booking().with("formToken", form).postAsIs().then().statusCode(201);
        booking().with("formToken", form).postAsIs().then().statusCode(409).body("code", equalTo(
                "form-already-used"));
    }

    @Test
    void aForgedOrExpiredFormIsRefusedNamingTheField() {
        booking().with("formToken", "eyJmb3JtIjoxfQ.c2lnbmF0dXJl").post(clock).then().statusCode(400)
                .body("errors[0].field", equalTo("formToken"));
        String form = Appointments.formToken();
        clock.advance(Duration.ofHours(3));
        booking().with("formToken", form).postAsIs().then().statusCode(400).body("errors[0].field", equalTo(
                "formToken"));
    }

    @Test
    void oneEmailHoldsTwoUnconfirmedBookingsAtMost() {
        String email = Appointments.uniqueEmail();
        booking().with("email", email).post(clock).then().statusCode(201);
        booking().with("email", email).post(clock).then().statusCode(201);
        booking().with("email", email.toUpperCase()).post(clock).then().statusCode(429)
                .contentType("application/problem+json").body("code", equalTo("too-many-pending"));
    }

    @Test
    void badInputIsAProblemNamingTheField() {
        booking().with("email", "not-an-email").with("siren", "123456789").with("phone", "0612")
                .with("start", "demain").post(clock).then().statusCode(400)
                .contentType("application/problem+json");
        booking().with("email", "not-an-email").with("siren", "123456789").post(clock).then().statusCode(400)
                .body("errors.field", org.hamcrest.Matchers.hasItems("email", "siren"));
    }
}
