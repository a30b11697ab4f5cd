package com.repaero.customer.notification.api;

import static com.repaero.customer.appointment.Appointments.aBooking;
import static com.repaero.customer.appointment.Appointments.aType;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import com.repaero.customer.appointment.Appointments;
import com.repaero.customer.appointment.domain.AogAlert;
import com.repaero.customer.appointment.domain.AogAlertStatus;
import com.repaero.customer.appointment.domain.BookingService;
import com.repaero.customer.appointment.domain.OnCallService;
import com.repaero.customer.notification.TestClock;
import com.repaero.customer.notification.TwilioFake;
import com.repaero.customer.notification.domain.NotificationSender;
import com.repaero.platform.testing.TestTokens;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** The on-call contact answers "OK" by SMS: Twilio's signed webhook acknowledges the AOG alert; forgeries are 403. */
@QuarkusTest
class TwilioWebhookTest {

    private static final String URL = "https://repaero.example/api/customer/public/twilio/sms";

    @Inject
    NotificationSender sender;

    @Inject
    OnCallService onCall;

    @Inject
    BookingService bookings;

    @Test
    void aSignedOkAcknowledges() throws Exception {
        TestClock clock = TestClock.install(Instant.parse("2026-07-10T18:00:00Z"));
        String phone = TwilioFake.uniquePhone();
        TwilioFake.connect().stub(TwilioFake.messageTo(phone).willReturn(TwilioFake.accepted("SM" + "3".repeat(32))));
        given().auth().oauth2(TestTokens.forRole("admin")).contentType(ContentType.JSON)
                .body(List.of(Map.of("name", "Chloé", "phone", phone))).put("/api/customer/on-call").then()
                .statusCode(200);
        String type = aType().aog().allDay().create();
        Appointments.BookingBuilder booking = aBooking(type, OffsetDateTime.parse("2026-07-11T03:00:00+02:00"));
        String reference = Appointments.book(booking, clock);
        sender.sendDue();
        Appointments.confirmWithCode(reference, Appointments.codeFromEmail(booking.email(), reference)).then()
                .statusCode(200);
        long appointmentId = bookings.byReference(reference).id;

        Map<String, String> params = new TreeMap<>(Map.of("From", phone, "To", "+33700000000", "Body", " ok ",
                "MessageSid", "SM" + "9".repeat(32), "AccountSid", TwilioFake.ACCOUNT));
        post(params, "bad" + signature(params)).then().statusCode(403).contentType("application/problem+json");
        post(params, null).then().statusCode(403);
        assertThat(alert(appointmentId).status).isEqualTo(AogAlertStatus.OPEN);

        post(params, signature(params)).then().statusCode(200).contentType(org.hamcrest.Matchers.containsString(
                "xml")).body(org.hamcrest.Matchers.containsString("<Response>"));
        var alert = alert(appointmentId);
        assertThat(alert.status).isEqualTo(AogAlertStatus.ACKNOWLEDGED);
        assertThat(alert.acknowledgedBy).isEqualTo("Chloé (SMS)");
        given().auth().oauth2(TestTokens.forRole("team-lead")).get("/api/customer/aog-alerts?status=ACKNOWLEDGED")
                .then().statusCode(200).body("find { it.appointmentId == " + appointmentId + " }.contactName",
                        equalTo("Chloé"));
    }

    /** Read in its own transaction: the test's own persistence context would keep the first state it saw. */
    private AogAlert alert(long appointmentId) {
        return QuarkusTransaction.requiringNew().call(() -> onCall.alertOf(appointmentId).orElseThrow());
    }

    private static io.restassured.response.Response post(Map<String, String> params, String signature) {
        var request = given().contentType(ContentType.URLENC.withCharset(StandardCharsets.UTF_8));
        if (signature != null) {
            request = request.header("X-Twilio-Signature", signature);
        }
        params.forEach(request::formParam);
        return request.post("/api/customer/public/twilio/sms");
    }

    /** Twilio's algorithm, written out independently: HMAC-SHA1(URL + sorted name+value pairs), Base64. */
    private static String signature(Map<String, String> params) throws Exception {
        StringBuilder data = new StringBuilder(URL);
        new TreeMap<>(params).forEach((k, v) -> data.append(k).append(v));
        Mac mac = Mac.getInstance("HmacSHA1");
        mac.init(new SecretKeySpec("test-auth-token".getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
        return Base64.getEncoder().encodeToString(mac.doFinal(data.toString().getBytes(StandardCharsets.UTF_8)));
    }
}
