package com.repaero.customer.appointment.domain;

import static com.repaero.customer.appointment.Appointments.aBooking;
import static com.repaero.customer.appointment.Appointments.aType;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.OffsetDateTime;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import com.repaero.customer.appointment.Appointments;
import com.repaero.customer.notification.Inbox;
import com.repaero.customer.notification.TestClock;
import com.repaero.customer.notification.TwilioFake;
import com.repaero.customer.notification.domain.NotificationSender;
import com.repaero.customer.notification.domain.Notifications;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/** 24 hours before a confirmed appointment, the visitor gets a reminder by email and by SMS, once. */
@QuarkusTest
class ReminderTest {

    @Inject
    BookingService bookings;

    @Inject
    NotificationSender sender;

    @Inject
    Notifications notifications;

    @Test
    void remindedOnceByEmailAndSms() {
        TestClock clock = TestClock.install(Instant.parse("2026-12-01T08:00:00Z"));
        String phone = TwilioFake.uniquePhone();
        TwilioFake twilio = TwilioFake.connect();
        twilio.stub(TwilioFake.messageTo(phone).willReturn(TwilioFake.accepted("SM" + "4".repeat(32))));
        String type = aType().aog().allDay().create();
        Appointments.BookingBuilder booking = aBooking(type, OffsetDateTime.parse("2026-12-04T20:00:00+01:00"))
                .with("phone", phone);
        String reference = Appointments.book(booking, clock);
        sender.sendDue();
        Appointments.confirmWithCode(reference, Appointments.codeFromEmail(booking.email(), reference)).then()
                .statusCode(200);

        bookings.sendReminders();
        assertThat(kinds(reference)).doesNotContain("booking-reminder");

        clock.set(Instant.parse("2026-12-03T19:30:00Z")); // 23 h 30 before
        bookings.sendReminders();
        bookings.sendReminders();
        assertThat(kinds(reference)).filteredOn("booking-reminder"::equals).hasSize(2); // one email, one SMS

        sender.sendDue();
        assertThat(twilio.requests(TwilioFake.messagesTo(phone))).singleElement()
                .satisfies(r -> assertThat(r.getBodyAsString()).contains(TwilioFake.encode(reference)));
        assertThat(Inbox.awaitSubject(booking.email(), "Rappel").text()).contains("vendredi 4 décembre 2026 à 20h00");
    }

    private java.util.List<String> kinds(String reference) {
        return QuarkusTransaction.requiringNew().call(() -> notifications.ofReference(reference).stream()
                .map(n -> n.kind).toList());
    }
}
