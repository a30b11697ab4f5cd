package com.repaero.customer.customer.api;

import static com.repaero.customer.customer.CustomerApi.CUSTOMERS;
import static com.repaero.customer.customer.CustomerApi.as;
import static com.repaero.customer.customer.CustomerApi.register;
import static com.repaero.customer.customer.CustomerRequests.aCustomer;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.quarkus.test.junit.QuarkusTest;

/** The role matrix of the customer master: sales and admin write, accounting reads, the others are refused. */
@QuarkusTest
class CustomerSecurityTest {

    @ParameterizedTest
    @CsvSource({"sales, 200, 201", "admin, 200, 201", "accounting, 200, 403", "technician, 403, 403",
            "team-lead, 403, 403", "purchasing, 403, 403", "storekeeper, 403, 403"})
    void readAndWriteByRole(String role, int read, int write) {
        long id = register(aCustomer());
        as(role).get(CUSTOMERS + "/" + id).then().statusCode(read);
        as(role).get(CUSTOMERS).then().statusCode(read);
        as(role).body(aCustomer().build()).post(CUSTOMERS).then().statusCode(write);
    }
}
