package com.repaero.customer.customer.api;

import static com.repaero.customer.customer.CustomerApi.CUSTOMERS;
import static com.repaero.customer.customer.CustomerApi.as;
import static com.repaero.customer.customer.CustomerApi.register;
import static com.repaero.customer.customer.CustomerRequests.aCustomer;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import org.junit.jupiter.api.Test;

import com.repaero.customer.customer.CustomerRequests;

import io.quarkus.test.junit.QuarkusTest;

/** Registering customers: the whole master data round-trips, SIREN is unique, foreign companies need none. */
@QuarkusTest
class CustomerRegistrationTest {

    @Test
    void aRegisteredCustomerReadsBackWithItsVersionAndAudit() {
        CustomerRequests customer = aCustomer().withMasterData();
        String location = as("sales").body(customer.build()).post(CUSTOMERS)
                .then().statusCode(201)
                .header("ETag", equalTo("\"0\""))
                .body("siren", equalTo(customer.siren()))
                .extract().header("Location");

        as("accounting").get(location.substring(location.indexOf("/api/")))
                .then().statusCode(200)
                .header("ETag", equalTo("\"0\""))
                .body("country", equalTo("FR"))
                .body("billingAddress.city", equalTo("Cugnaux"))
                .body("deliveryAddress.postalCode", equalTo("31700"))
                .body("paymentTerms", equalTo("DAYS_30_END_OF_MONTH"))
                .body("contacts[0].name", equalTo("Julien Moreau"))
                .body("contacts[0].mobile", equalTo("+33612345678"))
                .body("contacts[1].role", equalTo("Comptabilité"))
                .body("createdBy", equalTo("sales"))
                .body("archived", equalTo(false));
    }

    @Test
    void aSecondCustomerWithTheSameSirenIs409() {
        CustomerRequests customer = aCustomer();
        register(customer);
        as("admin").body(customer.with("legalName", "Doublon").build()).post(CUSTOMERS)
                .then().statusCode(409)
                .contentType("application/problem+json")
                .body("code", equalTo("duplicate-siren"));
    }

    @Test
    void aForeignCompanyNeedsNoSiren() {
        as("sales").body(aCustomer().without("siren").with("country", "DE").with("vatNumber", "DE123456789")
                .with("billingAddress", CustomerRequests.address("Flughafenstraße 1", "70629", "Stuttgart", "DE"))
                .build()).post(CUSTOMERS)
                .then().statusCode(201)
                .body("siren", nullValue())
                .body("vatNumber", equalTo("DE123456789"));
    }

    @Test
    void anUnknownCustomerIs404() {
        as("sales").get(CUSTOMERS + "/999999997").then().statusCode(404)
                .contentType("application/problem+json")
                .body("detail", endsWith("does not exist"));
    }
}
