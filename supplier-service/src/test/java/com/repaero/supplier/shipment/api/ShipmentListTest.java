package com.repaero.supplier.shipment.api;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.repaero.supplier.shipment.ShipmentRequests.aShipment;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import org.junit.jupiter.api.Test;

import com.repaero.supplier.shipment.ColissimoFake;
import com.repaero.supplier.shipment.LabelledShipments;
import com.repaero.supplier.shipment.ShipmentRequests;
import com.repaero.supplier.shipment.Shipments;

import io.quarkus.test.junit.QuarkusTest;

/** Shipments are listed newest first, optionally of one status (e.g. storekeepers: what is LABELLED, to pack). */
@QuarkusTest
class ShipmentListTest {

    @Test
    void filtersByStatus() {
        ColissimoFake fake = ColissimoFake.connect();
        long labelled = LabelledShipments.create(fake).id();
        ShipmentRequests failing = aShipment();
        fake.stub(ColissimoFake.labelFor(failing.lastName()).willReturn(aResponse().withStatus(503)));
        Shipments.create(failing).statusCode(503);

        Shipments.as("storekeeper").queryParam("status", "LABELLED").queryParam("size", 100)
                .when().get(Shipments.PATH)
                .then().statusCode(200)
                .body("items.status", everyItem(equalTo("LABELLED")))
                .body("items.id", hasItem((int) labelled))
                .body("items.addressee.lastName", not(hasItem(failing.lastName())));
        Shipments.as("storekeeper").queryParam("status", "LOST").when().get(Shipments.PATH)
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("status"));
    }
}
