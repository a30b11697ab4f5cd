package com.repaero.supplier.shipment.api;

import static com.repaero.supplier.shipment.ShipmentRequests.aShipment;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import org.junit.jupiter.api.Test;

import com.repaero.platform.testing.TestTokens;
import com.repaero.supplier.shipment.ShipmentRequests;
import com.repaero.supplier.shipment.Shipments;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/** Bad shipment input is a 400 problem+json naming each field, before anything is saved or sent to Colissimo. */
@QuarkusTest
class ShipmentValidationTest {

    @Test
    void aFrenchZipCodeHasFiveDigits() {
        invalid(aShipment().withAddressee("zipCode", "3170A")).body("errors[0].field", equalTo("addressee.zipCode"))
                .body("errors[0].message", containsString("postcode"));
    }

    @Test
    void aForeignZipCodeMayHaveLetters() {
        invalid(aShipment().withAddressee("countryCode", "GB").withAddressee("zipCode", "SW1A 1AA!"))
                .body("errors[0].field", equalTo("addressee.zipCode"));
    }

    @Test
    void theWeightIsPositive() {
        invalid(aShipment().with("weightKg", 0)).body("errors[0].field", equalTo("weightKg"));
        invalid(aShipment().with("weightKg", -1.5)).body("errors[0].field", equalTo("weightKg"));
    }

    @Test
    void theWeightIsAtMostThirtyKilograms() {
        invalid(aShipment().with("weightKg", 30.001)).body("errors[0].field", equalTo("weightKg"));
    }

    @Test
    void anUnknownProductCodeIsRefused() {
        invalid(aShipment().with("productCode", "XYZ")).body("errors[0].field", equalTo("productCode"))
                .body("errors[0].message", containsString("DOS"));
    }

    @Test
    void hugeStringsAreRefused() {
        invalid(aShipment().withAddressee("line2", "x".repeat(100_000)).with("reference", "R".repeat(31)))
                .body("errors.field", containsInAnyOrder("addressee.line2", "reference"));
    }

    @Test
    void everyMissingFieldIsNamed() {
        invalid(aShipment().withAddressee("lastName", "").withAddressee("countryCode", "fr").without("weightKg")
                .without("productCode").withAddressee("email", "not-an-email"))
                .body("errors.field", containsInAnyOrder("addressee.lastName", "addressee.countryCode", "weightKg",
                        "productCode", "addressee.email"));
    }

    @Test
    void aMissingAddresseeIsNamed() {
        invalid(aShipment().without("addressee")).body("errors[0].field", equalTo("addressee"));
    }

    @Test
    void anUnknownSupplierIsRefused() {
        Shipments.create(aShipment().with("supplierId", 999_999_999)).statusCode(422)
                .contentType("application/problem+json").body("code", equalTo("unknown-supplier"));
    }

    @Test
    void messagesFollowTheCallersLanguage() {
        given().auth().oauth2(TestTokens.forRole("purchasing")).contentType(ContentType.JSON)
                .header("Accept-Language", "fr-FR")
                .body(aShipment().withAddressee("zipCode", "123").build())
                .when().post(Shipments.PATH)
                .then().statusCode(400)
                .body("errors[0].message", containsString("code postal"));
    }

    private static ValidatableResponse invalid(ShipmentRequests request) {
        return Shipments.create(request).statusCode(400).contentType("application/problem+json")
                .body("code", equalTo("validation"));
    }
}
