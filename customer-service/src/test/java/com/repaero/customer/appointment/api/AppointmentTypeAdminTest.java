package com.repaero.customer.appointment.api;

import static com.repaero.customer.appointment.Appointments.aType;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;

import java.time.DayOfWeek;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.repaero.customer.appointment.Appointments;
import com.repaero.platform.testing.TestTokens;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** Sales define appointment types (checked, optimistic locking); the public page lists the public ones. */
@QuarkusTest
class AppointmentTypeAdminTest {

    @Test
    void createUpdateAndListPublicly() {
        Appointments.TypeBuilder type = aType().weekdays("08:00", "12:00").hours(DayOfWeek.SATURDAY, "09:00",
                "10:30").with("name", "Dépôt d'équipement").with("bufferAfterMinutes", 15);
        var created = given().auth().oauth2(TestTokens.forRole("sales")).contentType(ContentType.JSON)
                .body(type.body()).post("/api/customer/appointment-types").then().statusCode(201)
                .header("ETag", "\"0\"").body("hours[5].day", equalTo("SATURDAY"))
                .body("hours[5].end", equalTo("10:30")).extract().jsonPath();
        long id = created.getLong("id");
        String code = created.getString("code");

        given().auth().oauth2(TestTokens.forRole("sales")).contentType(ContentType.JSON).body(type.body())
                .post("/api/customer/appointment-types").then().statusCode(409).body("code", equalTo(
                        "duplicate-code"));
        type.with("capacity", 3);
        given().auth().oauth2(TestTokens.forRole("admin")).contentType(ContentType.JSON).body(type.body())
                .put("/api/customer/appointment-types/" + id).then().statusCode(428);
        given().auth().oauth2(TestTokens.forRole("admin")).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(type.body()).put("/api/customer/appointment-types/" + id).then().statusCode(200)
                .header("ETag", "\"1\"").body("capacity", equalTo(3));
        given().auth().oauth2(TestTokens.forRole("admin")).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(type.body()).put("/api/customer/appointment-types/" + id).then().statusCode(412);
        given().auth().oauth2(TestTokens.forRole("technician")).contentType(ContentType.JSON).body(type.body())
                .post("/api/customer/appointment-types").then().statusCode(403);

        given().get("/api/customer/public/appointment-types").then().statusCode(200).body("code", hasItem(code))
                .body("find { it.code == '" + code + "' }.timeZone", equalTo("Europe/Paris"));
    }

    @Test
    void invalidRulesAreProblemsNamingTheFields() {
        Map<String, Object> body = aType().hours(DayOfWeek.MONDAY, "25:00", "12:00").with("code", "Bad Code")
                .with("durationMinutes", 0).with("capacity", null).body();
        given().auth().oauth2(TestTokens.forRole("sales")).contentType(ContentType.JSON).body(body)
                .post("/api/customer/appointment-types").then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItems("code", "durationMinutes", "capacity", "hours[0].start"));
        Map<String, Object> overlapping = aType().hours(DayOfWeek.MONDAY, "08:00", "12:00")
                .hours(DayOfWeek.MONDAY, "11:00", "13:00").body();
        given().auth().oauth2(TestTokens.forRole("sales")).contentType(ContentType.JSON).body(overlapping)
                .post("/api/customer/appointment-types").then().statusCode(400)
                .body("errors[0].field", equalTo("hours"));
    }
}
