package com.repaero.supplier.shipment.domain;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.repaero.supplier.shipment.ShipmentRequests.aShipment;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import com.repaero.supplier.shipment.ColissimoFake;
import com.repaero.supplier.shipment.ShipmentRequests;
import com.repaero.supplier.shipment.Shipments;
import com.repaero.supplier.shipment.TestLabels;

import io.quarkus.test.junit.QuarkusTest;

/** A label lost to an outage is requested again by the retry job once Colissimo is back; refusals are left alone. */
@QuarkusTest
class LabelRetryJobTest {

    @Inject
    ShipmentJobs jobs;

    @Test
    void theJobLabelsWhatTheOutageLeftBehind() {
        ColissimoFake fake = ColissimoFake.connect();
        ShipmentRequests outage = aShipment();
        ShipmentRequests refused = aShipment();
        StubMapping down = fake.stub(ColissimoFake.labelFor(outage.lastName())
                .willReturn(aResponse().withStatus(503)));
        fake.stub(ColissimoFake.labelFor(refused.lastName())
                .willReturn(ColissimoFake.errorAnswer("30220", "Code postal invalide")));
        long outageId = idOf(Shipments.create(outage).statusCode(503).extract().header("Location"));
        long refusedId = idOf(Shipments.create(refused).statusCode(422).extract().header("Location"));

        String parcel = ColissimoFake.nextParcelNumber();
        fake.remove(down);
        fake.stub(ColissimoFake.labelFor(outage.lastName())
                .willReturn(ColissimoFake.labelAnswer(parcel, TestLabels.pdf(parcel))));

        assertThat(jobs.retryLabels()).isGreaterThanOrEqualTo(1);

        Shipments.read(outageId).body("status", equalTo("LABELLED")).body("parcelNumber", equalTo(parcel))
                .body("updatedBy", equalTo("label-retry"));
        Shipments.read(refusedId).body("status", equalTo("LABEL_FAILED"));
        assertThat(fake.count(ColissimoFake.labelRequestsFor(refused.lastName()))).isEqualTo(1);
    }

    private static long idOf(String location) {
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }
}
