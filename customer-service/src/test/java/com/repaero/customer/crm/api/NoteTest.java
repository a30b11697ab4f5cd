package com.repaero.customer.crm.api;

import static com.repaero.customer.crm.CrmApi.NOTES;
import static com.repaero.customer.crm.CrmApi.aCustomerId;
import static com.repaero.customer.crm.CrmApi.anOpportunity;
import static com.repaero.customer.crm.CrmApi.create;
import static com.repaero.customer.customer.CustomerApi.as;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** Notes on customers and opportunities, newest first; a customer's include its opportunities'. */
@QuarkusTest
class NoteTest {

    @Test
    void aCustomersNotesIncludeThoseOnItsOpportunities() {
        long customer = aCustomerId();
        long opportunity = create(anOpportunity(customer, "Révision", "10"));
        as("sales").body(Map.of("customerId", customer, "text", "Premier contact au salon")).post(NOTES)
                .then().statusCode(201).body("writtenBy", equalTo("sales"));
        as("admin").body(Map.of("opportunityId", opportunity, "text", "Devis à revoir")).post(NOTES)
                .then().statusCode(201).body("customerId", equalTo((int) customer));

        as("accounting").queryParam("customerId", customer).get(NOTES)
                .then().statusCode(200).body("items.text", contains("Devis à revoir", "Premier contact au salon"));
        as("sales").queryParam("opportunityId", opportunity).get(NOTES)
                .then().body("items.text", contains("Devis à revoir"));
    }

    @Test
    void aNoteNeedsTextAndASubject() {
        as("sales").body(Map.of("text", "Orpheline")).post(NOTES)
                .then().statusCode(400).body("errors[0].field", equalTo("customerId"));
        as("sales").body(Map.of("customerId", aCustomerId(), "text", " ")).post(NOTES)
                .then().statusCode(400).body("errors[0].field", equalTo("text"));
        as("sales").get(NOTES).then().statusCode(400).body("errors[0].field", equalTo("customerId"));
    }
}
