package com.repaero.supplier.purchasing.receipt.api;

import static com.repaero.supplier.purchasing.Purchasing.ORDERS;
import static com.repaero.supplier.purchasing.Purchasing.acceptedLine;
import static com.repaero.supplier.purchasing.Purchasing.as;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.repaero.platform.testing.TestTokens;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;

/** The rules between receipt fields are 400s naming the field to fix, in the caller's language. */
@QuarkusTest
class ReceiptValidationTest {

    // Validation runs before the order is even looked up.
    private static final String RECEIPTS = ORDERS + "/1/receipts";

    @Test
    void quarantineWithoutReasonCertificateWithoutReferenceAndSerialsNotOnePerUnit() {
        Map<String, Object> quarantined = acceptedLine(1, 1);
        quarantined.put("inspectionResult", "QUARANTINED");
        Map<String, Object> noReference = acceptedLine(2, 1);
        noReference.remove("certificateReference");
        Map<String, Object> serials = acceptedLine(3, 3);
        serials.put("serialNumbers", List.of("SN1", "SN2"));
        Map<String, Object> none = acceptedLine(4, "0.5");
        none.put("certificateType", "NONE");
        none.remove("certificateReference");
        none.put("lotNumber", "LOT-7");

        as("storekeeper").body(Map.of("lines", List.of(quarantined, noReference, serials, none)))
                .post(RECEIPTS)
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", containsInAnyOrder("lines[0].quarantineReason",
                        "lines[1].certificateReference", "lines[2].serialNumbers"));
    }

    @Test
    void unknownEnumValuesNegativeQuantitiesAndBlankSerials() {
        Map<String, Object> line = acceptedLine(1, 1);
        line.put("inspectionResult", "MAYBE");
        as("storekeeper").body(Map.of("lines", List.of(line)))
                .post(RECEIPTS)
                .then().statusCode(400)
                .body("errors[0].field", equalTo("lines[0].inspectionResult"))
                .body("errors[0].message", containsString("QUARANTINED"));

        Map<String, Object> negative = acceptedLine(1, -2);
        negative.put("serialNumbers", List.of(" "));
        as("storekeeper").body(Map.of("lines", List.of(negative), "receivedAt", "2999-01-01T00:00:00Z"))
                .post(RECEIPTS)
                .then().statusCode(400)
                .body("errors.field", containsInAnyOrder("lines[0].quantity", "lines[0].serialNumbers[0]",
                        "lines[0].serialNumbers", "receivedAt"));
    }

    @Test
    void messagesAreFrenchForFrenchUsers() {
        Map<String, Object> quarantined = acceptedLine(1, 1);
        quarantined.put("inspectionResult", "QUARANTINED");
        RestAssured.given().auth().oauth2(TestTokens.forRole("storekeeper")).contentType(ContentType.JSON)
                .header("Accept-Language", "fr-FR")
                .body(Map.of("lines", List.of(quarantined)))
                .post(RECEIPTS)
                .then().statusCode(400)
                .body("errors[0].message", containsString("obligatoire"));
    }
}
