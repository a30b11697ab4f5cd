package com.repaero.supplier.shipment.domain;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.repaero.supplier.shipment.ShipmentRequests.aShipment;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

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
 * retry job once it is older than twice the total timeout; a recent one is left alone. The call cut short is recorded
 * as UNKNOWN (Colissimo may have made its label), the new one carries a new reference.
 */
@QuarkusTest
class HangingLabelRequestTest {

    @Inject
    ShipmentJobs jobs;

    @Inject
    ShipmentService shipments;

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

        // The service started call 2 (committed), then stopped before the answer.
        shipments.startLabelRequest(id, "purchasing");
        jobs.retryLabels();
        Shipments.read(id).body("status", equalTo("LABEL_REQUESTED"))
                .body("labelRequests.outcome", equalTo(List.of("NOT_SENT", "PENDING")));

        hangingSince(id, Instant.now().minus(Duration.ofHours(1)));
        jobs.retryLabels();
        Shipments.read(id).body("status", equalTo("LABELLED")).body("parcelNumber", equalTo(parcel))
                .body("labelRequests.outcome", equalTo(List.of("NOT_SENT", "UNKNOWN", "LABELLED")))
                .body("labelRequests.reference", equalTo(List.of("SHP-" + id + "-1", "SHP-" + id + "-2",
                        "SHP-" + id + "-3")));
    }

    private static void hangingSince(long id, Instant since) {
        QuarkusTransaction.requiringNew().run(() -> Shipment.<Shipment>findById(id).labelRequestedAt = since);
    }
}
