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

/** Colissimo refuses the addressee's postcode (30220): 422 naming addressee.zipCode, no retry. */
@QuarkusTest
class ZipCodeRefusedTest {

    @Test
    void theRefusedFieldIsNamed() {
        ColissimoFake fake = ColissimoFake.connect();
        // Well-formed (5 digits) but not a real French postcode: only Colissimo can tell.
        ShipmentRequests request = aShipment().withAddressee("zipCode", "99999");
        fake.stub(ColissimoFake.labelFor(request.lastName()).willReturn(ColissimoFake.errorAnswer("30220",
                "Le code postal du destinataire est invalide")));

        String location = Shipments.create(request)
                .statusCode(422)
                .contentType("application/problem+json")
                .body("code", equalTo("colissimo-address-refused"))
                .body("errors[0].field", equalTo("addressee.zipCode"))
                .body("errors[0].message", containsString("Le code postal du destinataire est invalide"))
                .extract().header("Location");

        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        Shipments.read(id).body("status", equalTo("LABEL_FAILED"))
                .body("lastError.code", equalTo("colissimo-address-refused"));
        assertThat(fake.count(ColissimoFake.labelRequestsFor(request.lastName()))).isEqualTo(1);
    }
}
