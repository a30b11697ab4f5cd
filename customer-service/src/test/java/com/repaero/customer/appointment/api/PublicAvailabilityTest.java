package com.repaero.customer.appointment.api;

import static com.repaero.customer.appointment.Appointments.aType;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.repaero.customer.notification.TestClock;

import io.quarkus.test.junit.QuarkusTest;

/** The public availability query around the daylight-saving changes, and its input checks. */
@QuarkusTest
class PublicAvailabilityTest {

    private String type;

    @BeforeEach
    void setUp() {
        TestClock.install(Instant.parse("2026-03-01T08:00:00Z"));
        type = aType().aog().allDay().with("durationMinutes", 30).with("slotStepMinutes", 30)
                .with("bookingWindowDays", 300).create();
    }

    @Test
    void noSlotAtTwoThirtyOnTheSpringChange() {
        List<String> starts = starts("2026-03-29", "2026-03-29");

        assertThat(starts).hasSize(46).contains("2026-03-29T01:30:00+01:00", "2026-03-29T03:00:00+02:00")
                .noneMatch(s -> s.startsWith("2026-03-29T02:"));
    }

    @Test
    void noDuplicateOnTheAutumnChange() {
        List<String> starts = starts("2026-10-25", "2026-10-25");

        assertThat(starts).hasSize(48).doesNotHaveDuplicates().contains("2026-10-25T02:30:00+02:00",
                "2026-10-25T03:00:00+01:00");
    }

    @Test
    void badQueriesAreProblemsNamingTheParameter() {
        given().queryParam("type", type).queryParam("from", "29/03/2026").queryParam("to", "2026-03-30")
                .get("/api/customer/public/availability").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("from"));
        given().queryParam("type", type).queryParam("from", "2026-03-01").queryParam("to", "2026-05-30")
                .get("/api/customer/public/availability").then().statusCode(400)
                .body("errors[0].field", equalTo("to"));
        given().queryParam("type", "no-such-type").queryParam("from", "2026-03-01").queryParam("to", "2026-03-02")
                .get("/api/customer/public/availability").then().statusCode(400)
                .body("errors[0].field", equalTo("appointmentType"));
        given().queryParam("from", "2026-03-01").queryParam("to", "2026-03-02")
                .get("/api/customer/public/availability").then().statusCode(400)
                .body("errors[0].field", equalTo("type"));
    }

    private List<String> starts(String from, String to) {
        return given().queryParam("type", type).queryParam("from", from).queryParam("to", to)
                .get("/api/customer/public/availability").then().statusCode(200)
                .body("timeZone", equalTo("Europe/Paris")).extract().jsonPath().getList("slots.start");
    }
}
