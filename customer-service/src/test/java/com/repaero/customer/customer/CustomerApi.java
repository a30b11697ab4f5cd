package com.repaero.customer.customer;

import static io.restassured.RestAssured.given;

import com.repaero.platform.testing.TestTokens;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/** Calls of the customer API that tests repeat, as a given role. */
public final class CustomerApi {

    public static final String CUSTOMERS = "/api/customer/customers";

    private CustomerApi() {
    }

    public static RequestSpecification as(String role) {
        return given().auth().oauth2(TestTokens.forRole(role)).contentType(ContentType.JSON)
                .header("Accept-Language", "en");
    }

    /** Registers the customer as sales and returns its id. */
    public static long register(CustomerRequests customer) {
        return as("sales").body(customer.build()).post(CUSTOMERS)
                .then().statusCode(201).extract().jsonPath().getLong("id");
    }

    /** The current ETag of a customer. */
    public static String etag(long id) {
        return as("sales").get(CUSTOMERS + "/" + id).then().statusCode(200).extract().header("ETag");
    }
}
