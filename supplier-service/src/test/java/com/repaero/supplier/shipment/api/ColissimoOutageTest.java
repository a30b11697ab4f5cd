package com.repaero.supplier.shipment.api;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.repaero.supplier.shipment.ShipmentRequests.aShipment;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.repaero.supplier.shipment.ColissimoFake;
import com.repaero.supplier.shipment.ShipmentRequests;
import com.repaero.supplier.shipment.Shipments;
import com.repaero.supplier.shipment.TestLabels;

import io.quarkus.test.junit.QuarkusTest;

/**
 * A short outage Colissimo reports as such (503, then 429: the request was not carried out) is absorbed by retries with
 * backoff: the label is stored, and the one call that made it is recorded.
 */
@QuarkusTest
class ColissimoOutageTest {

    @Test
    void retriesUntilColissimoIsBack() {
        ColissimoFake fake = ColissimoFake.connect();
        ShipmentRequests request = aShipment();
        String parcel = ColissimoFake.nextParcelNumber();
        byte[] pdf = TestLabels.pdf(parcel);
        String scenario = "outage-" + request.lastName();
        fake.stub(ColissimoFake.labelFor(request.lastName()).inScenario(scenario)
                .whenScenarioStateIs(Scenario.STARTED).willSetStateTo("busy")
                .willReturn(aResponse().withStatus(503).withBody("Service Unavailable")));
        fake.stub(ColissimoFake.labelFor(request.lastName()).inScenario(scenario)
                .whenScenarioStateIs("busy").willSetStateTo("up")
                .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "1")));
        fake.stub(ColissimoFake.labelFor(request.lastName()).inScenario(scenario)
                .whenScenarioStateIs("up")
                .willReturn(ColissimoFake.labelAnswer(parcel, pdf)));

        long id = Shipments.create(request).statusCode(201)
                .body("status", equalTo("LABELLED"))
                .body("parcelNumber", equalTo(parcel))
                .body("labelAttempts", equalTo(1))
                .body("labelRequests.outcome", equalTo(java.util.List.of("LABELLED")))
                .extract().jsonPath().getLong("id");

        assertThat(fake.count(ColissimoFake.labelRequestsFor(request.lastName()))).isEqualTo(3);
        byte[] downloaded = Shipments.as("purchasing").when().get(Shipments.PATH + "/" + id + "/label")
                .then().statusCode(200).extract().asByteArray();
        assertThat(downloaded).isEqualTo(pdf);
    }
}
