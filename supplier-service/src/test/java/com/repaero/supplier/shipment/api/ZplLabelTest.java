package com.repaero.supplier.shipment.api;

import static com.repaero.supplier.shipment.ShipmentRequests.aShipment;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.client.WireMock;
import com.repaero.supplier.shipment.ColissimoFake;
import com.repaero.supplier.shipment.ShipmentRequests;
import com.repaero.supplier.shipment.Shipments;
import com.repaero.supplier.shipment.TestLabels;

import io.quarkus.test.junit.QuarkusTest;

/** A shipment may ask for a ZPL label (thermal printer); it is downloaded as x-application/zpl, again and again. */
@QuarkusTest
class ZplLabelTest {

    @Test
    void aZplLabelIsDownloadedAsZpl() {
        ColissimoFake fake = ColissimoFake.connect();
        ShipmentRequests request = aShipment().with("labelFormat", "ZPL_10x15_203dpi");
        String parcel = ColissimoFake.nextParcelNumber();
        byte[] zpl = TestLabels.zpl(parcel);
        fake.stub(ColissimoFake.labelFor(request.lastName())
                .withRequestBody(WireMock.matchingJsonPath("$.outputFormat.outputPrintingType",
                        WireMock.equalTo("ZPL_10x15_203dpi")))
                .willReturn(ColissimoFake.labelAnswer(parcel, zpl)));

        long id = Shipments.create(request).statusCode(201)
                .body("labelFormat", equalTo("ZPL_10x15_203dpi"))
                .extract().jsonPath().getLong("id");

        for (int print = 0; print < 2; print++) { // a reprint is the same download
            byte[] downloaded = Shipments.as("storekeeper").when().get(Shipments.PATH + "/" + id + "/label")
                    .then().statusCode(200)
                    .contentType("x-application/zpl")
                    .header("Content-Disposition", equalTo("attachment; filename=\"colissimo-" + parcel + ".zpl\""))
                    .extract().asByteArray();
            assertThat(downloaded).isEqualTo(zpl);
        }
        assertThat(fake.count(ColissimoFake.labelRequestsFor(request.lastName()))).isEqualTo(1);
    }
}
