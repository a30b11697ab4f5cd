package com.repaero.customer;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** The phase-2 skeleton starts, reports ready and publishes its (still empty) API document. */
@QuarkusTest
class CustomerServiceSkeletonTest {

    @Test
    void isReadyAndDocumented() {
        given().when().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
        given().when().get("/q/openapi?format=json").then().statusCode(200)
                .body("info.title", equalTo("Rep'Aero customer-service API"));
    }
}
