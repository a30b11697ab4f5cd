package com.repaero.supplier.shipment.domain;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import com.repaero.supplier.shipment.ColissimoFake;
import com.repaero.supplier.shipment.LabelledShipments;
import com.repaero.supplier.shipment.Shipments;

import io.quarkus.test.junit.QuarkusTest;

/** A tracking outage is logged and changes nothing; the next poll catches up. */
@QuarkusTest
class TrackingOutageTest {

    @Inject
    ShipmentJobs jobs;

    @Test
    void theNextPollCatchesUp() {
        ColissimoFake fake = ColissimoFake.connect();
        LabelledShipments.Labelled shipment = LabelledShipments.create(fake);
        StubMapping down = fake.stub(ColissimoFake.timelineFor(shipment.parcelNumber())
                .willReturn(aResponse().withStatus(503)));

        assertThat(jobs.track(shipment.id())).isFalse();
        jobs.trackAll(); // the whole run survives it too
        Shipments.read(shipment.id()).body("status", equalTo("LABELLED")).body("timeline", hasSize(0))
                .body("lastTrackedAt", nullValue());

        fake.remove(down);
        fake.stub(ColissimoFake.timelineFor(shipment.parcelNumber()).willReturn(ColissimoFake.timelineAnswer(
                shipment.parcelNumber(), 2, List.of(new ColissimoFake.Event("PCHCFM", "Pris en charge",
                        "2026-11-20T18:00:00+01:00")))));
        assertThat(jobs.trackAll()).isGreaterThanOrEqualTo(1);
        Shipments.read(shipment.id()).body("status", equalTo("IN_TRANSIT")).body("timeline", hasSize(1));
    }
}
