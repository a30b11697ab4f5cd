package com.repaero.customer.crm.api;

import static com.repaero.customer.crm.CrmApi.ACTIVITIES;
import static com.repaero.customer.crm.CrmApi.aCustomerId;
import static com.repaero.customer.crm.CrmApi.anOpportunity;
import static com.repaero.customer.crm.CrmApi.create;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.repaero.platform.testing.TestTokens;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/** Activities: "my open activities" lists the overdue first; done ones leave it; links are checked. */
@QuarkusTest
class ActivityTest {

    private static RequestSpecification as(String user) {
        return given().auth().oauth2(TestTokens.forUser(user, "sales")).contentType(ContentType.JSON)
                .header("Accept-Language", "en");
    }

    private static Map<String, Object> activity(String type, String subject, OffsetDateTime due, Long customerId,
            Long opportunityId) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", type);
        body.put("subject", subject);
        body.put("dueAt", due == null ? null : due.toString());
        body.put("customerId", customerId);
        body.put("opportunityId", opportunityId);
        return body;
    }

    @Test
    void myOpenActivitiesListTheOverdueFirstAndNotTheDoneOnes() {
        String me = "vendeur" + System.nanoTime();
        long customer = aCustomerId();
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        as(me).body(activity("TASK", "Undated", null, customer, null)).post(ACTIVITIES).then().statusCode(201);
        as(me).body(activity("CALL", "Tomorrow", now.plusDays(1), customer, null)).post(ACTIVITIES)
                .then().statusCode(201);
        long overdue = as(me).body(activity("EMAIL", "Yesterday", now.minusDays(1), customer, null)).post(ACTIVITIES)
                .then().statusCode(201).body("overdue", equalTo(true)).body("owner", equalTo(me))
                .extract().jsonPath().getLong("id");
        long done = as(me).body(activity("MEETING", "Done already", now.minusDays(2), customer, null))
                .post(ACTIVITIES).then().statusCode(201).extract().jsonPath().getLong("id");
        as(me).post(ACTIVITIES + "/" + done + "/done").then().statusCode(200).body("done", equalTo(true))
                .body("doneAt", notNullValue()).body("overdue", equalTo(false));
        as("someone-else").body(activity("CALL", "Not mine", now.minusDays(3), customer, null)).post(ACTIVITIES)
                .then().statusCode(201);

        as(me).get(ACTIVITIES + "/mine").then().statusCode(200)
                .body("items.subject", contains("Yesterday", "Tomorrow", "Undated"))
                .body("items[0].id", equalTo((int) overdue))
                .body("items[0].overdue", equalTo(true))
                .body("items[1].overdue", equalTo(false));
    }

    @Test
    void dueTimesAreShownInParisTime() {
        long customer = aCustomerId();
        as("sales").body(activity("MEETING", "Visite", OffsetDateTime.parse("2027-07-01T08:00:00Z"), customer, null))
                .post(ACTIVITIES)
                .then().statusCode(201).body("dueAt", equalTo("2027-07-01T10:00:00+02:00"));
    }

    @Test
    void anActivityOnAnOpportunityTakesItsCustomer() {
        long customer = aCustomerId();
        long opportunity = create(anOpportunity(customer, "Révision", "10"));
        as("sales").body(activity("CALL", "Relance devis", null, null, opportunity)).post(ACTIVITIES)
                .then().statusCode(201).body("customerId", equalTo((int) customer));
        as("sales").queryParam("opportunityId", opportunity).get(ACTIVITIES)
                .then().body("total", equalTo(1));
    }

    @Test
    void anActivityNeedsASubjectThatAgrees() {
        as("sales").body(activity("CALL", "Nobody", null, null, null)).post(ACTIVITIES)
                .then().statusCode(400).body("errors[0].field", equalTo("customerId"));
        long opportunity = create(anOpportunity(aCustomerId(), "Révision", "10"));
        as("sales").body(activity("CALL", "Mismatch", null, aCustomerId(), opportunity)).post(ACTIVITIES)
                .then().statusCode(400).body("errors[0].field", equalTo("customerId"));
        as("sales").body(activity("VISIT", "Unknown type", null, aCustomerId(), null)).post(ACTIVITIES)
                .then().statusCode(400).body("errors[0].field", equalTo("type"));
        as("sales").body("{\"type\":\"CALL\",\"subject\":\"x\",\"customerId\":1,\"dueAt\":\"demain\"}")
                .post(ACTIVITIES)
                .then().statusCode(400).body("errors[0].field", equalTo("dueAt"));
    }

    @Test
    void anUpdateNeedsIfMatch() {
        long customer = aCustomerId();
        Map<String, Object> body = activity("TASK", "Envoyer la doc", null, customer, null);
        long id = as("sales").body(body).post(ACTIVITIES).then().statusCode(201).extract().jsonPath().getLong("id");
        body.put("subject", "Envoyer la doc CMM");
        as("sales").body(body).put(ACTIVITIES + "/" + id).then().statusCode(428);
        as("sales").header("If-Match", "\"0\"").body(body).put(ACTIVITIES + "/" + id)
                .then().statusCode(200).body("subject", equalTo("Envoyer la doc CMM"));
    }
}
