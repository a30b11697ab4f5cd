package com.repaero.customer.crm.api;

import static com.repaero.customer.crm.CrmApi.GAGNE;
import static com.repaero.customer.crm.CrmApi.OPPORTUNITIES;
import static com.repaero.customer.crm.CrmApi.anOpportunity;
import static com.repaero.customer.crm.CrmApi.create;
import static com.repaero.customer.crm.CrmApi.move;
import static com.repaero.customer.customer.CustomerApi.as;
import static com.repaero.customer.customer.CustomerApi.register;
import static com.repaero.customer.customer.CustomerRequests.aCustomer;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** Search by customer name or title, status, urgency; urgent first by default. */
@QuarkusTest
class OpportunitySearchTest {

    @Test
    void findsByCustomerNameUrgentFirstAndByStatus() {
        String tag = "Hélistar" + System.nanoTime();
        long customer = register(aCustomer().with("legalName", tag + " SAS"));
        create(anOpportunity(customer, "Plain", "10"));
        Map<String, Object> urgent = anOpportunity(customer, "AOG", "20");
        urgent.put("urgent", true);
        create(urgent);
        long won = create(anOpportunity(customer, "Won", "30"));
        move(won, GAGNE);

        as("accounting").queryParam("q", tag.toLowerCase()).get(OPPORTUNITIES)
                .then().statusCode(200)
                .body("total", equalTo(3))
                .body("items[0].title", equalTo("AOG"))
                .body("items[0].customerName", equalTo(tag + " SAS"));
        as("sales").queryParam("customerId", customer).queryParam("status", "won").get(OPPORTUNITIES)
                .then().body("items.title", contains("Won"));
        as("sales").queryParam("customerId", customer).queryParam("status", "OPEN").queryParam("sort", "amount,desc")
                .get(OPPORTUNITIES)
                .then().body("items.title", contains("AOG", "Plain"));
    }
}
