package com.repaero.customer.appointment.api;

import static com.repaero.customer.appointment.Appointments.aBooking;
import static com.repaero.customer.appointment.Appointments.aType;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.time.Instant;
import java.time.OffsetDateTime;

import org.junit.jupiter.api.Test;

import com.repaero.customer.appointment.Appointments;
import com.repaero.customer.notification.TestClock;
import com.repaero.platform.testing.TestTokens;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** Staff see the week's calendar and an appointment's detail; sales cancel; the workshop only reads. */
@QuarkusTest
class StaffAppointmentsTest {

    @Test
    void calendarDetailAndCancel() {
        TestClock clock = TestClock.install(Instant.parse("2027-02-01T08:00:00Z"));
        String type = aType().aog().allDay().create();
        String reference = Appointments.book(aBooking(type, OffsetDateTime.parse("2027-02-03T21:00:00+01:00")),
                clock);

        long id = given().auth().oauth2(TestTokens.forRole("technician")).queryParam("from", "2027-02-01")
                .queryParam("to", "2027-02-07").get("/api/customer/appointments").then().statusCode(200)
                .body("reference", hasItem(reference)).extract().jsonPath()
                .getLong("find { it.reference == '" + reference + "' }.id");
        given().auth().oauth2(TestTokens.forRole("team-lead")).queryParam("from", "2027-02-03")
                .queryParam("status", "PENDING").get("/api/customer/appointments").then().statusCode(200)
                .body("reference", hasItem(reference));
        given().auth().oauth2(TestTokens.forRole("sales")).get("/api/customer/appointments/" + id).then()
                .statusCode(200).body("reference", equalTo(reference)).body("status", equalTo("PENDING"))
                .body("start", equalTo("2027-02-03T21:00:00+01:00"))
                .body("notifications[0].kind", equalTo("booking-confirmation-request"));

        given().auth().oauth2(TestTokens.forRole("technician")).contentType(ContentType.JSON).body("{}")
                .post("/api/customer/appointments/" + id + "/cancellation").then().statusCode(403);
        given().auth().oauth2(TestTokens.forRole("sales")).contentType(ContentType.JSON)
                .body("{\"reason\":\"Doublon\"}").post("/api/customer/appointments/" + id + "/cancellation").then()
                .statusCode(200).body("status", equalTo("CANCELLED"));
        given().auth().oauth2(TestTokens.forRole("sales")).get("/api/customer/appointments/" + id).then()
                .body("cancelledBy", equalTo("sales")).body("cancelReason", equalTo("Doublon"));
    }

    @Test
    void badRangesAreProblemsNamingTheParameter() {
        given().auth().oauth2(TestTokens.forRole("sales")).queryParam("from", "03/02/2027")
                .get("/api/customer/appointments").then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("from"));
        given().auth().oauth2(TestTokens.forRole("sales")).queryParam("from", "2027-01-01")
                .queryParam("to", "2027-06-01").get("/api/customer/appointments").then().statusCode(400)
                .body("errors[0].field", equalTo("to"));
        given().auth().oauth2(TestTokens.forRole("sales")).queryParam("from", "2027-01-01")
                .queryParam("status", "LOST").get("/api/customer/appointments").then().statusCode(400)
                .body("errors[0].field", equalTo("status"));
        given().auth().oauth2(TestTokens.forRole("sales")).get("/api/customer/appointments/999999999").then()
                .statusCode(404).contentType("application/problem+json");
    }
}
