package com.repaero.supplier.shipment;

import static io.restassured.RestAssured.given;

import com.repaero.platform.testing.TestTokens;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;

/** Calls of the shipment API with real signed tokens. */
public final class Shipments {

    public static final String PATH = "/api/supplier/shipments";

    private Shipments() {
    }

    public static RequestSpecification as(String role) {
        return given().auth().oauth2(TestTokens.forRole(role)).contentType(ContentType.JSON)
                .header("Accept-Language", "en");
    }

    public static ValidatableResponse create(ShipmentRequests request) {
        return as("purchasing").body(request.build()).when().post(PATH).then();
    }

    public static ValidatableResponse read(long id) {
        return as("purchasing").when().get(PATH + "/" + id).then().statusCode(200);
    }
}
