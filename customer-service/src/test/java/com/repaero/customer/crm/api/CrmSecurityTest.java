package com.repaero.customer.crm.api;

import static com.repaero.customer.crm.CrmApi.ACTIVITIES;
import static com.repaero.customer.crm.CrmApi.NOTES;
import static com.repaero.customer.crm.CrmApi.OPPORTUNITIES;
import static com.repaero.customer.crm.CrmApi.PIPELINE;
import static com.repaero.customer.crm.CrmApi.aCustomerId;
import static com.repaero.customer.crm.CrmApi.anOpportunity;
import static com.repaero.customer.customer.CustomerApi.as;

import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.quarkus.test.junit.QuarkusTest;

/** The role matrix of the CRM: sales and admin write, accounting reads, the others are refused. */
@QuarkusTest
class CrmSecurityTest {

    @ParameterizedTest
    @CsvSource({"sales, 200, 201", "admin, 200, 201", "accounting, 200, 403", "technician, 403, 403",
            "team-lead, 403, 403", "purchasing, 403, 403", "storekeeper, 403, 403"})
    void readAndWriteByRole(String role, int read, int write) {
        long customer = aCustomerId();
        as(role).get(PIPELINE).then().statusCode(read);
        as(role).get(OPPORTUNITIES).then().statusCode(read);
        as(role).queryParam("customerId", customer).get(NOTES).then().statusCode(read);
        as(role).get(ACTIVITIES + "/mine").then().statusCode(read);
        as(role).body(anOpportunity(customer, "Révision", "10")).post(OPPORTUNITIES).then().statusCode(write);
        as(role).body(Map.of("customerId", customer, "text", "Note")).post(NOTES).then().statusCode(write);
    }
}
