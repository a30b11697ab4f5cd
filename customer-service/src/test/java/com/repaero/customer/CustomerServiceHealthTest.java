package com.repaero.customer;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** The service starts, migrates its schema, reports ready and publishes its API document. */
@QuarkusTest
class CustomerServiceHealthTest {

    @Test
    void isReadyAndDocumented() {
        given().when().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
        given().when().get("/q/openapi?format=json").then().statusCode(200)
                .body("info.title", equalTo("Rep'Aero customer-service API"));
    }
}
