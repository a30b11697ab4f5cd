package com.repaero.supplier.shipment.api;

import static com.repaero.supplier.shipment.ShipmentRequests.aShipment;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import com.repaero.supplier.shipment.ColissimoFake;
import com.repaero.supplier.shipment.ShipmentRequests;
import com.repaero.supplier.shipment.Shipments;
import com.repaero.supplier.shipment.TestLabels;

import io.quarkus.test.junit.QuarkusTest;

/**
 * Colissimo answers after the read timeout, every time: each attempt times out, is retried, and the user gets a clear
 * 503 within the total time limit; the shipment stays retryable and a later request gets the label.
 */
@QuarkusTest
class SlowColissimoTest {

    @Test
    void timeoutsAreRetriedThenReportedAndTheShipmentStaysRetryable() {
        ColissimoFake fake = ColissimoFake.connect();
        ShipmentRequests request = aShipment();
        String parcel = ColissimoFake.nextParcelNumber();
        // 2 s > the 700 ms read timeout of the test profile.
        StubMapping slow = fake.stub(ColissimoFake.labelFor(request.lastName())
                .willReturn(ColissimoFake.labelAnswer(parcel, TestLabels.pdf(parcel)).withFixedDelay(2000)));

        Instant start = Instant.now();
        String location = Shipments.create(request)
                .statusCode(503)
                .contentType("application/problem+json")
                .body("code", equalTo("colissimo-unavailable"))
                .body("detail", containsString("did not answer in time"))
                .extract().header("Location");
        Duration took = Duration.between(start, Instant.now());

        assertThat(took).isLessThan(Duration.ofSeconds(5)); // total-timeout 4 s in the test profile
        assertThat(fake.count(ColissimoFake.labelRequestsFor(request.lastName()))).isEqualTo(3);
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        Shipments.read(id).body("status", equalTo("LABEL_FAILED"))
                .body("lastError.code", equalTo("colissimo-unavailable"))
                .body("lastError.message", containsString("no answer within"))
                .body("labelAttempts", equalTo(1));

        fake.remove(slow);
        fake.stub(ColissimoFake.labelFor(request.lastName())
                .willReturn(ColissimoFake.labelAnswer(parcel, TestLabels.pdf(parcel))));
        Shipments.as("purchasing").when().post(Shipments.PATH + "/" + id + "/label")
                .then().statusCode(200)
                .body("status", equalTo("LABELLED"))
                .body("parcelNumber", equalTo(parcel))
                .body("labelAttempts", equalTo(2))
                .body("lastError", equalTo(null));
        // Labelled now: asking again is a conflict, not a second label.
        Shipments.as("purchasing").when().post(Shipments.PATH + "/" + id + "/label")
                .then().statusCode(409).body("code", equalTo("already-labelled"));
    }
}
