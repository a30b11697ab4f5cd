package com.repaero.customer.appointment.api;

import static com.repaero.customer.appointment.Appointments.aType;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.repaero.customer.appointment.Appointments;
import com.repaero.customer.notification.TestClock;
import com.repaero.platform.testing.TestTokens;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** Slots of a technician-served type follow the technicians' calendars: an absence removes them. */
@QuarkusTest
class TechnicianCalendarTest {

    @Test
    void anAbsenceRemovesTheSlots() {
        TestClock.install(Instant.parse("2027-04-01T08:00:00Z"));
        // Sunday at dawn: no other test's technician works then.
        String type = aType().hours(DayOfWeek.SUNDAY, "05:00", "07:00").create();
        assertThat(slots(type)).isEmpty();

        long technician = Appointments.technician("05:00", "06:00", DayOfWeek.SUNDAY);
        assertThat(slots(type)).containsExactly("2027-04-04T05:00:00+02:00");

        long absence = given().auth().oauth2(TestTokens.forRole("team-lead")).contentType(ContentType.JSON)
                .body(Map.of("start", "2027-04-03T18:00:00+02:00", "end", "2027-04-05T08:00:00+02:00", "reason",
                        "Congés"))
                .post("/api/customer/technicians/" + technician + "/absences").then().statusCode(201).extract()
                .jsonPath().getLong("id");
        assertThat(slots(type)).isEmpty();

        given().auth().oauth2(TestTokens.forRole("team-lead"))
                .delete("/api/customer/technicians/" + technician + "/absences/" + absence).then().statusCode(204);
        assertThat(slots(type)).containsExactly("2027-04-04T05:00:00+02:00");
        given().auth().oauth2(TestTokens.forRole("sales")).get("/api/customer/technicians").then().statusCode(200);
        given().auth().oauth2(TestTokens.forRole("sales")).contentType(ContentType.JSON)
                .body(Map.of("name", "X", "hours", List.of())).post("/api/customer/technicians").then()
                .statusCode(403);
    }

    private static List<String> slots(String type) {
        return given().queryParam("type", type).queryParam("from", "2027-04-04").queryParam("to", "2027-04-04")
                .get("/api/customer/public/availability").then().statusCode(200).extract().jsonPath()
                .getList("slots.start");
    }
}
