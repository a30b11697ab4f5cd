package com.repaero.supplier.shipment.api;

import static com.repaero.supplier.shipment.ShipmentRequests.aShipment;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import org.junit.jupiter.api.Test;

import com.repaero.supplier.shipment.ColissimoFake;
import com.repaero.supplier.shipment.LabelledShipments;
import com.repaero.supplier.shipment.Shipments;

import io.quarkus.test.junit.QuarkusTest;

/** Purchasing and admin create; storekeepers read and download labels; other roles and anonymous callers do not. */
@QuarkusTest
class ShipmentSecurityTest {

    @Test
    void storekeepersReadAndDownloadButDoNotCreate() {
        LabelledShipments.Labelled shipment = LabelledShipments.create(ColissimoFake.connect());
        Shipments.as("storekeeper").when().get(Shipments.PATH + "/" + shipment.id()).then().statusCode(200);
        Shipments.as("storekeeper").when().get(Shipments.PATH + "/" + shipment.id() + "/label").then()
                .statusCode(200);
        Shipments.as("storekeeper").when().get(Shipments.PATH).then().statusCode(200);
        Shipments.as("storekeeper").body(aShipment().build()).when().post(Shipments.PATH).then().statusCode(403)
                .contentType("application/problem+json");
        Shipments.as("storekeeper").when().post(Shipments.PATH + "/" + shipment.id() + "/label").then()
                .statusCode(403);
    }

    @Test
    void adminsCreate() {
        LabelledShipments.Labelled shipment = LabelledShipments.create(ColissimoFake.connect());
        Shipments.as("admin").when().get(Shipments.PATH + "/" + shipment.id()).then().statusCode(200)
                .body("parcelNumber", equalTo(shipment.parcelNumber()));
    }

    @Test
    void otherRolesAreRefused() {
        for (String role : new String[]{"technician", "accounting", "sales", "team-lead"}) {
            Shipments.as(role).when().get(Shipments.PATH + "/1").then().statusCode(403);
            Shipments.as(role).when().get(Shipments.PATH + "/1/label").then().statusCode(403);
            Shipments.as(role).body(aShipment().build()).when().post(Shipments.PATH).then().statusCode(403);
        }
    }

    @Test
    void anonymousCallersAreRefused() {
        given().when().get(Shipments.PATH).then().statusCode(401).contentType("application/problem+json");
        given().when().get(Shipments.PATH + "/1/label").then().statusCode(401);
    }

    @Test
    void anUnknownShipmentIsA404() {
        Shipments.as("purchasing").when().get(Shipments.PATH + "/999999999").then().statusCode(404)
                .contentType("application/problem+json");
        Shipments.as("purchasing").when().get(Shipments.PATH + "/999999999/label").then().statusCode(404)
                .contentType("application/problem+json");
    }
}
