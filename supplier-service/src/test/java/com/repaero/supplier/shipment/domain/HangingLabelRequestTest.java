package com.repaero.supplier.shipment.domain;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.repaero.supplier.shipment.ShipmentRequests.aShipment;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.time.Instant;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import com.repaero.supplier.shipment.ColissimoFake;
import com.repaero.supplier.shipment.ShipmentRequests;
import com.repaero.supplier.shipment.Shipments;
import com.repaero.supplier.shipment.TestLabels;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/**
 * A label request left hanging (the service stopped between LABEL_REQUESTED and the answer) is taken over by the
 * retry job once it is older than twice the total timeout; a recent one is left alone.
 */
@QuarkusTest
class HangingLabelRequestTest {

    @Inject
    ShipmentJobs jobs;

    @Test
    void aStaleRequestIsRequestedAgain() {
        ColissimoFake fake = ColissimoFake.connect();
        ShipmentRequests request = aShipment();
        StubMapping down = fake.stub(ColissimoFake.labelFor(request.lastName()).willReturn(aResponse()
                .withStatus(503)));
        String location = Shipments.create(request).statusCode(503).extract().header("Location");
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        fake.remove(down);
        String parcel = ColissimoFake.nextParcelNumber();
        fake.stub(ColissimoFake.labelFor(request.lastName())
                .willReturn(ColissimoFake.labelAnswer(parcel, TestLabels.pdf(parcel))));

        hangSince(id, Instant.now());
        jobs.retryLabels();
        Shipments.read(id).body("status", equalTo("LABEL_REQUESTED"));

        hangSince(id, Instant.now().minus(Duration.ofHours(1)));
        jobs.retryLabels();
        Shipments.read(id).body("status", equalTo("LABELLED")).body("parcelNumber", equalTo(parcel));
    }

    /** What a crash mid-call leaves behind. */
    private static void hangSince(long id, Instant since) {
        QuarkusTransaction.requiringNew().run(() -> {
            Shipment s = Shipment.findById(id);
            s.status = ShipmentStatus.LABEL_REQUESTED;
            s.labelRequestedAt = since;
        });
    }
}
