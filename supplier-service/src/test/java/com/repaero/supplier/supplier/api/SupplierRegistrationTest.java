package com.repaero.supplier.supplier.api;

import static com.repaero.supplier.supplier.SupplierRequests.aSupplier;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;

import org.junit.jupiter.api.Test;

import com.repaero.platform.testing.TestTokens;
import com.repaero.supplier.supplier.SupplierRequests;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
class SupplierRegistrationTest {

    @Test
    void purchasingRegistersASupplierAndReadsItBack() {
        SupplierRequests supplier = aSupplier();
        String location = given().auth().oauth2(TestTokens.forRole("purchasing"))
                .contentType(ContentType.JSON).body(supplier.build())
                .when().post("/api/supplier/suppliers")
                .then().statusCode(201)
                .header("ETag", notNullValue())
                .body("siren", equalTo(supplier.siren()))
                .body("createdBy", equalTo("purchasing"))
                .extract().header("Location");

        given().auth().oauth2(TestTokens.forRole("accounting"))
                .when().get(location)
                .then().statusCode(200)
                .body("legalName", equalTo(supplier.build().get("legalName")))
                .body("version", equalTo(0));
    }

    @Test
    void aSecondSupplierWithTheSameSirenIsAConflict() {
        SupplierRequests supplier = aSupplier();
        given().auth().oauth2(TestTokens.forRole("purchasing")).contentType(ContentType.JSON).body(supplier.build())
                .post("/api/supplier/suppliers").then().statusCode(201);

        given().auth().oauth2(TestTokens.forRole("purchasing")).contentType(ContentType.JSON).body(supplier.build())
                .when().post("/api/supplier/suppliers")
                .then().statusCode(409)
                .contentType("application/problem+json")
                .body("code", equalTo("duplicate-siren"));
    }

    @Test
    void searchFindsBySirenAndPartOfTheName() {
        SupplierRequests supplier = aSupplier().with("legalName", "Hélices Toulousaines " + System.nanoTime());
        given().auth().oauth2(TestTokens.forRole("purchasing")).contentType(ContentType.JSON).body(supplier.build())
                .post("/api/supplier/suppliers").then().statusCode(201)
                .body("legalName", equalTo(supplier.build().get("legalName")));

        // Browsers send UTF-8 percent-encoding; RestAssured's default would be ISO-8859-1.
        given().auth().oauth2(TestTokens.forRole("purchasing"))
                .urlEncodingEnabled(false)
                .queryParam("q",
                        java.net.URLEncoder.encode("hélices toulousaines", java.nio.charset.StandardCharsets.UTF_8))
                .when().get("/api/supplier/suppliers")
                .then().statusCode(200)
                .body("items.legalName", org.hamcrest.Matchers.hasItem(supplier.build().get("legalName")));
        given().auth().oauth2(TestTokens.forRole("purchasing"))
                .queryParam("q", supplier.siren())
                .when().get("/api/supplier/suppliers")
                .then().statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].siren", equalTo(supplier.siren()));
    }

    @Test
    void anUnknownSupplierIsNotFound() {
        given().auth().oauth2(TestTokens.forRole("purchasing"))
                .when().get("/api/supplier/suppliers/999999999")
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("instance", matchesPattern("/api/supplier/suppliers/999999999"));
    }
}
