package com.repaero.supplier.supplier.api;

import static com.repaero.supplier.supplier.SupplierRequests.aSupplier;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import org.junit.jupiter.api.Test;

import com.repaero.platform.testing.TestTokens;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** Bad input is a 400 problem+json naming every invalid field, never a 500. */
@QuarkusTest
class SupplierValidationTest {

    private static io.restassured.specification.RequestSpecification asPurchasing() {
        return given().auth().oauth2(TestTokens.forRole("purchasing")).contentType(ContentType.JSON)
                .header("Accept-Language", "en");
    }

    @Test
    void listsEveryInvalidField() {
        asPurchasing().body(aSupplier().with("legalName", "").with("siren", "123").with("vatNumber", "FR00123")
                .with("email", "not-an-email").build())
                .when().post("/api/supplier/suppliers")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("status", equalTo(400))
                .body("code", equalTo("validation"))
                .body("errors.field", containsInAnyOrder("legalName", "siren", "vatNumber", "email"));
    }

    @Test
    void aSirenWithAWrongKeyIsRefused() {
        asPurchasing().body(aSupplier().with("siren", "732829321").without("vatNumber").build())
                .when().post("/api/supplier/suppliers")
                .then().statusCode(400)
                .body("errors[0].field", equalTo("siren"))
                .body("errors[0].message", containsString("SIREN"));
    }

    @Test
    void aVatNumberOfAnotherCompanyIsRefused() {
        asPurchasing().body(aSupplier().with("vatNumber", "FR44732829320").build())
                .when().post("/api/supplier/suppliers")
                .then().statusCode(422)
                .contentType("application/problem+json")
                .body("code", equalTo("vat-siren-mismatch"));
    }

    @Test
    void aHugeNameIsRefused() {
        asPurchasing().body(aSupplier().with("legalName", "A".repeat(100_000)).build())
                .when().post("/api/supplier/suppliers")
                .then().statusCode(400)
                .body("errors[0].field", equalTo("legalName"));
    }

    @Test
    void malformedJsonIsA400() {
        asPurchasing().body("{\"legalName\": \"Aéro\", ")
                .when().post("/api/supplier/suppliers")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("detail", not(containsString("Exception")));
    }

    @Test
    void aWrongTypeNamesTheField() {
        asPurchasing().body("{\"legalName\": [1, 2], \"siren\": \"732829320\"}")
                .when().post("/api/supplier/suppliers")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("legalName"));
    }

    @Test
    void anEmptyBodyIsA400() {
        asPurchasing()
                .when().post("/api/supplier/suppliers")
                .then().statusCode(400)
                .contentType("application/problem+json");
    }

    @Test
    void anOutOfRangePageSizeIsA400() {
        asPurchasing().queryParam("size", 1000)
                .when().get("/api/supplier/suppliers")
                .then().statusCode(400)
                .body("errors[0].field", equalTo("size"));
    }

    @Test
    void messagesFollowTheCallersLanguage() {
        given().auth().oauth2(TestTokens.forRole("purchasing")).contentType(ContentType.JSON)
                .header("Accept-Language", "fr-FR")
                .body(aSupplier().with("siren", "732829321").without("vatNumber").build())
                .when().post("/api/supplier/suppliers")
                .then().statusCode(400)
                .body("errors[0].message", containsString("doit être un SIREN valide"));
    }
}
