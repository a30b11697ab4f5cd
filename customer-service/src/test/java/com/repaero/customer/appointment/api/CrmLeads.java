package com.repaero.customer.appointment.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.repaero.customer.crm.domain.Opportunity;
import com.repaero.platform.testing.TestTokens;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.path.json.JsonPath;

/** What the CRM shows sales for a confirmed booking, read through the CRM's API. */
final class CrmLeads {

    /** The opportunity a booking opened, with its customer's SIREN. */
    record Lead(long opportunityId, String customerSiren, boolean urgent, String source, String bookingReference) {
    }

    private CrmLeads() {
    }

    static Lead of(String bookingReference) {
        Long id = QuarkusTransaction.requiringNew().call(() -> {
            Opportunity o = Opportunity.findByBookingReference(bookingReference);
            return o == null ? null : o.id;
        });
        assertThat(id).as("opportunity of booking %s", bookingReference).isNotNull();
        JsonPath opportunity = given().auth().oauth2(TestTokens.forRole("sales"))
                .get("/api/customer/crm/opportunities/{id}", id).then().statusCode(200).extract().jsonPath();
        String siren = given().auth().oauth2(TestTokens.forRole("sales"))
                .get("/api/customer/customers/{id}", opportunity.getLong("customerId")).then().statusCode(200)
                .extract().jsonPath().getString("siren");
        return new Lead(id, siren, opportunity.getBoolean("urgent"), opportunity.getString("source"),
                opportunity.getString("bookingReference"));
    }
}
