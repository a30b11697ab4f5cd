package com.repaero.customer.notification.domain;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import com.repaero.customer.notification.TestClock;
import com.repaero.customer.notification.TwilioFake;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/** SMS through the Twilio fake: accepted, refused for good, an outage then recovery, a Twilio too slow to answer. */
@QuarkusTest
class SmsDeliveryTest {

    @Inject
    Notifications notifications;

    @Inject
    NotificationSender sender;

    private TestClock clock;
    private final TwilioFake twilio = TwilioFake.connect();

    @BeforeEach
    void setUp() {
        clock = TestClock.install(Instant.parse("2026-05-04T10:00:00Z"));
    }

    private long queue(String phone) {
        return QuarkusTransaction.requiringNew().call(() -> notifications.sms("test", "SMS-TEST", phone,
                "Rep'Aero : test d'envoi").id);
    }

    private static Notification row(long id) {
        return QuarkusTransaction.requiringNew().call(() -> Notification.<Notification>findById(id));
    }

    @Test
    void acceptedWithBasicAuthAndTheFormFields() {
        String phone = TwilioFake.uniquePhone();
        twilio.stub(TwilioFake.messageTo(phone).withBasicAuth(TwilioFake.ACCOUNT, "test-auth-token")
                .willReturn(TwilioFake.accepted("SMaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa")));
        long id = queue(phone);

        assertThat(sender.send(id)).isTrue();

        Notification n = row(id);
        assertThat(n.status).isEqualTo(NotificationStatus.SENT);
        assertThat(n.providerId).isEqualTo("SMaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa");
        assertThat(twilio.requests(TwilioFake.messagesTo(phone).withRequestBody(
                com.github.tomakehurst.wiremock.client.WireMock.containing("From=RepAero"))
                .withHeader("Content-Type", equalTo("application/x-www-form-urlencoded")))).hasSize(1);
    }

    @Test
    void anInvalidNumberFailsAtOnce() {
        String phone = TwilioFake.uniquePhone();
        twilio.stub(TwilioFake.messageTo(phone).willReturn(TwilioFake.refused(400, 21211,
                "The 'To' number is not a valid phone number.")));
        long id = queue(phone);

        assertThat(sender.send(id)).isFalse();

        Notification n = row(id);
        assertThat(n.status).isEqualTo(NotificationStatus.FAILED);
        assertThat(n.attempts).isEqualTo(1);
        assertThat(n.lastError).contains("21211");
    }

    @Test
    void anOutageIsRetriedWithBackoffUntilTwilioIsBack() {
        String phone = TwilioFake.uniquePhone();
        StubMapping outage = twilio.stub(TwilioFake.messageTo(phone).willReturn(
                com.github.tomakehurst.wiremock.client.WireMock.aResponse().withStatus(503).withBody(
                        "Service Unavailable")));
        long id = queue(phone);

        sender.sendDue();
        Notification afterFirst = row(id);
        assertThat(afterFirst.status).isEqualTo(NotificationStatus.PENDING);
        assertThat(afterFirst.attempts).isEqualTo(1);
        assertThat(afterFirst.nextAttemptAt).isEqualTo(clock.instant().plus(Duration.ofSeconds(30)));

        sender.sendDue(); // not due yet: no call
        assertThat(twilio.requests(TwilioFake.messagesTo(phone))).hasSize(1);

        clock.advance(Duration.ofSeconds(31));
        sender.sendDue();
        assertThat(row(id).attempts).isEqualTo(2);
        assertThat(row(id).nextAttemptAt).isEqualTo(clock.instant().plus(Duration.ofMinutes(1)));

        twilio.remove(outage);
        twilio.stub(TwilioFake.messageTo(phone).willReturn(TwilioFake.accepted("SMbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb")));
        clock.advance(Duration.ofMinutes(2));
        sender.sendDue();
        assertThat(row(id).status).isEqualTo(NotificationStatus.SENT);
        assertThat(row(id).attempts).isEqualTo(3);
    }

    @Test
    void aTwilioTooSlowCountsAsAnOutage() {
        String phone = TwilioFake.uniquePhone();
        StubMapping slow = twilio.stub(TwilioFake.messageTo(phone).willReturn(
                TwilioFake.accepted("SMcccccccccccccccccccccccccccccccc").withFixedDelay(3000)));
        long id = queue(phone);

        long started = System.nanoTime();
        assertThat(sender.send(id)).isFalse();
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofMillis(2900));
        assertThat(row(id).status).isEqualTo(NotificationStatus.PENDING);
        assertThat(row(id).lastError).containsIgnoringCase("unreachable");

        twilio.remove(slow);
        twilio.stub(TwilioFake.messageTo(phone).willReturn(TwilioFake.accepted("SMdddddddddddddddddddddddddddddddd")));
        clock.advance(Duration.ofMinutes(1));
        assertThat(sender.send(id)).isTrue();
    }

    @Test
    void aMessageLeftClaimedByACrashedSenderIsSentOnceTheClaimExpires() {
        String phone = TwilioFake.uniquePhone();
        twilio.stub(TwilioFake.messageTo(phone).willReturn(TwilioFake.accepted("SMeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeee")));
        long id = queue(phone);
        // A sender claimed it, then died before sending or marking it.
        QuarkusTransaction.requiringNew().run(() -> Notification.update("claimedUntil = ?1 where id = ?2",
                clock.instant().plus(Duration.ofMinutes(5)), id));

        sender.sendDue();
        assertThat(twilio.requests(TwilioFake.messagesTo(phone))).isEmpty();

        clock.advance(Duration.ofMinutes(6));
        sender.sendDue();
        assertThat(row(id).status).isEqualTo(NotificationStatus.SENT);
        assertThat(twilio.requests(TwilioFake.messagesTo(phone))).hasSize(1);
    }
}
