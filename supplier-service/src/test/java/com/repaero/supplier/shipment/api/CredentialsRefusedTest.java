package com.repaero.supplier.shipment.api;

import static com.repaero.supplier.shipment.ShipmentRequests.aShipment;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import org.junit.jupiter.api.Test;

import com.repaero.supplier.shipment.ColissimoFake;
import com.repaero.supplier.shipment.ShipmentRequests;
import com.repaero.supplier.shipment.Shipments;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;

/** Colissimo refuses our credentials (30000): a clear 502 at once, no retry, the shipment kept as LABEL_FAILED. */
@QuarkusTest
class CredentialsRefusedTest {

    @Test
    void badCredentialsAreReportedWithoutRetry() {
        ColissimoFake fake = ColissimoFake.connect();
        ShipmentRequests request = aShipment();
        fake.stub(ColissimoFake.labelFor(request.lastName()).willReturn(ColissimoFake.errorAnswer("30000",
                "Identifiant ou mot de passe incorrect")));

        ExtractableResponse<Response> failed = Shipments.create(request)
                .statusCode(502)
                .contentType("application/problem+json")
                .body("code", equalTo("colissimo-credentials-refused"))
                .body("detail", containsString("Identifiants Colissimo refusés"))
                .body("detail", containsString("Colissimo credentials refused"))
                .body("instance", equalTo(Shipments.PATH))
                .extract();

        String location = failed.header("Location");
        assertThat(location).contains("/api/supplier/shipments/");
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        Shipments.read(id)
                .body("status", equalTo("LABEL_FAILED"))
                .body("lastError.code", equalTo("colissimo-credentials-refused"))
                .body("lastError.message", containsString("30000"));
        assertThat(fake.count(ColissimoFake.labelRequestsFor(request.lastName()))).isEqualTo(1);
        Shipments.as("purchasing").when().get(Shipments.PATH + "/" + id + "/label")
                .then().statusCode(409).contentType("application/problem+json").body("code", equalTo("no-label"));
    }
}
