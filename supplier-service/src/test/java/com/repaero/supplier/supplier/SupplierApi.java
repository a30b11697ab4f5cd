package com.repaero.supplier.supplier;

import static io.restassured.RestAssured.given;

import com.repaero.platform.testing.TestTokens;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/** Calls of the supplier API that tests repeat, as a given role. */
public final class SupplierApi {

    private SupplierApi() {
    }

    public static RequestSpecification as(String role) {
        return given().auth().oauth2(TestTokens.forRole(role)).contentType(ContentType.JSON)
                .header("Accept-Language", "en");
    }

    /** Registers the supplier as purchasing and returns its id. */
    public static long register(SupplierRequests supplier) {
        return as("purchasing").body(supplier.build()).post("/api/supplier/suppliers")
                .then().statusCode(201).extract().jsonPath().getLong("id");
    }

    /** The current ETag of a supplier. */
    public static String etag(long id) {
        return as("purchasing").get("/api/supplier/suppliers/" + id).then().statusCode(200).extract().header("ETag");
    }

    /** Approves the supplier for a year, as purchasing. */
    public static void approve(long id, String until) {
        as("purchasing").body(java.util.Map.of("status", "APPROVED", "scope", "Rotables ATA 32", "approvedUntil",
                until, "reason", "Audit OK")).post("/api/supplier/suppliers/" + id + "/approval")
                .then().statusCode(200);
    }
}
