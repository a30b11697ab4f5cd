package com.repaero.supplier.supplier.api;

import static com.repaero.supplier.supplier.SupplierRequests.aSupplier;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import org.junit.jupiter.api.Test;

import com.repaero.platform.testing.TestTokens;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
class SupplierSecurityTest {

    @Test
    void anonymousCallersAreUnauthorized() {
        given().contentType(ContentType.JSON).body(aSupplier().build())
                .when().post("/api/supplier/suppliers")
                .then().statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", "Bearer");
        given().when().get("/api/supplier/suppliers").then().statusCode(401);
    }

    @Test
    void aTechnicianCannotRegisterOrReadSuppliers() {
        given().auth().oauth2(TestTokens.forRole("technician")).contentType(ContentType.JSON)
                .body(aSupplier().build())
                .when().post("/api/supplier/suppliers")
                .then().statusCode(403)
                .contentType("application/problem+json")
                .body("code", equalTo("forbidden"));
        given().auth().oauth2(TestTokens.forRole("technician"))
                .when().get("/api/supplier/suppliers").then().statusCode(403);
    }

    @Test
    void accountingReadsButDoesNotRegister() {
        given().auth().oauth2(TestTokens.forRole("accounting")).contentType(ContentType.JSON)
                .body(aSupplier().build())
                .when().post("/api/supplier/suppliers")
                .then().statusCode(403);
        given().auth().oauth2(TestTokens.forRole("accounting"))
                .when().get("/api/supplier/suppliers").then().statusCode(200);
    }

    @Test
    void tokensForAnotherAudienceOrForgedAreRefused() {
        given().auth().oauth2(TestTokens.forOtherAudience("purchasing"))
                .when().get("/api/supplier/suppliers").then().statusCode(401);
        String token = TestTokens.forRole("purchasing");
        String forged = token.substring(0, token.lastIndexOf('.') + 1) + "c2lnbmF0dXJl";
        given().auth().oauth2(forged)
                .when().get("/api/supplier/suppliers").then().statusCode(401);
    }
}
