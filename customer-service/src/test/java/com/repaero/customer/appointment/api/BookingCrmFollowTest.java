package com.repaero.customer.appointment.api;

import static com.repaero.customer.appointment.Appointments.aBooking;
import static com.repaero.customer.appointment.Appointments.aType;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import com.repaero.customer.appointment.Appointments;
import com.repaero.customer.crm.CrmApi;
import com.repaero.customer.notification.Inbox;
import com.repaero.customer.notification.TestClock;
import com.repaero.customer.notification.domain.NotificationSender;
import com.repaero.platform.testing.TestTokens;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/** A confirmed booking moved or cancelled, by its visitor or by staff: the CRM's meeting and notes follow. */
@QuarkusTest
class BookingCrmFollowTest {

    @Inject
    NotificationSender sender;

    /** A confirmed booking: its reference and manage token. */
    private record Confirmed(String reference, String token) {
    }

    private Confirmed confirmed(OffsetDateTime start, Instant now) {
        TestClock clock = TestClock.install(now);
        String type = aType().aog().allDay().create();
        Appointments.BookingBuilder booking = aBooking(type, start);
        String reference = Appointments.book(booking, clock);
        sender.sendDue();
        Appointments.confirmWithCode(reference, Appointments.codeFromEmail(booking.email(), reference)).then()
                .statusCode(200);
        sender.sendDue();
        return new Confirmed(reference, Appointments.manageTokenFrom(Inbox.awaitSubject(booking.email(),
                "Rendez-vous confirmé")));
    }

    @Test
    void aMoveByTheVisitorMovesTheMeeting() {
        Confirmed booking = confirmed(OffsetDateTime.parse("2027-03-03T21:00:00+01:00"),
                Instant.parse("2027-03-01T08:00:00Z"));
        CrmLeads.Lead lead = CrmLeads.of(booking.reference());

        given().contentType(ContentType.JSON).body(Map.of("token", booking.token(), "start",
                "2027-03-04T22:00:00+01:00")).post("/api/customer/public/bookings/" + booking.reference()
                        + "/reschedule")
                .then().statusCode(200);

        Map<String, Object> meeting = meeting(lead.opportunityId());
        assertThat(meeting.get("dueAt")).isEqualTo("2027-03-04T22:00:00+01:00");
        assertThat(meeting.get("done")).isEqualTo(false);
        assertThat(notes(lead.opportunityId())).contains("Rendez-vous déplacé au 04/03/2027 22:00");
    }

    @Test
    void aCancellationByTheVisitorClosesTheMeetingAsCancelled() {
        Confirmed booking = confirmed(OffsetDateTime.parse("2027-03-10T21:00:00+01:00"),
                Instant.parse("2027-03-08T08:00:00Z"));
        CrmLeads.Lead lead = CrmLeads.of(booking.reference());

        given().contentType(ContentType.JSON).body(Map.of("token", booking.token(), "reason", "Avion réparé"))
                .post("/api/customer/public/bookings/" + booking.reference() + "/cancellation").then()
                .statusCode(200);

        assertCancelled(lead.opportunityId(), "Rendez-vous annulé : Avion réparé");
    }

    @Test
    void aCancellationByStaffClosesTheMeetingAsCancelled() {
        Confirmed booking = confirmed(OffsetDateTime.parse("2027-03-17T21:00:00+01:00"),
                Instant.parse("2027-03-15T08:00:00Z"));
        CrmLeads.Lead lead = CrmLeads.of(booking.reference());
        long id = given().auth().oauth2(TestTokens.forRole("sales")).queryParam("from", "2027-03-17")
                .queryParam("to", "2027-03-17").get("/api/customer/appointments").then().statusCode(200).extract()
                .jsonPath().getLong("find { it.reference == '" + booking.reference() + "' }.id");

        given().auth().oauth2(TestTokens.forRole("sales")).contentType(ContentType.JSON)
                .body("{\"reason\":\"Technicien indisponible\"}")
                .post("/api/customer/appointments/" + id + "/cancellation").then().statusCode(200);

        assertCancelled(lead.opportunityId(), "Rendez-vous annulé : Technicien indisponible");
    }

    private static void assertCancelled(long opportunityId, String note) {
        Map<String, Object> meeting = meeting(opportunityId);
        assertThat(meeting.get("cancelled")).isEqualTo(true);
        assertThat(meeting.get("done")).isEqualTo(true);
        assertThat(notes(opportunityId)).contains(note);
        // Sales decide whether the sale is lost: the opportunity stays where it was.
        given().auth().oauth2(TestTokens.forRole("sales")).get(CrmApi.OPPORTUNITIES + "/" + opportunityId).then()
                .statusCode(200).body("stageId", equalTo((int) CrmApi.NOUVEAU));
    }

    private static Map<String, Object> meeting(long opportunityId) {
        JsonPath page = given().auth().oauth2(TestTokens.forRole("sales")).queryParam("opportunityId", opportunityId)
                .queryParam("type", "MEETING").get(CrmApi.ACTIVITIES).then().statusCode(200).extract().jsonPath();
        assertThat(page.getList("items")).hasSize(1);
        return page.getMap("items[0]");
    }

    private static List<String> notes(long opportunityId) {
        return given().auth().oauth2(TestTokens.forRole("sales")).queryParam("opportunityId", opportunityId)
                .get(CrmApi.NOTES).then().statusCode(200).extract().jsonPath().getList("items.text", String.class);
    }
}
