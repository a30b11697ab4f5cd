package com.repaero.supplier.shipment.api;

import static com.repaero.supplier.shipment.ShipmentRequests.aShipment;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.repaero.supplier.shipment.ColissimoFake;
import com.repaero.supplier.shipment.ShipmentRequests;
import com.repaero.supplier.shipment.Shipments;
import com.repaero.supplier.shipment.TestLabels;

import io.quarkus.test.junit.QuarkusTest;

/**
 * Colissimo answers after the read timeout: the label may exist at Colissimo but never reached us, and Colissimo takes
 * no request key, so the call is not repeated at once. The user gets a clear 503 quickly; the shipment stays
 * retryable and keeps the reference of the unanswered call (to find an unused label in Colissimo's back office); the
 * next request carries a new reference and gets the label.
 */
@QuarkusTest
class SlowColissimoTest {

    @Test
    void aTimedOutLabelCallIsRecordedNotRepeated() {
        ColissimoFake fake = ColissimoFake.connect();
        ShipmentRequests request = aShipment();
        String lost = ColissimoFake.nextParcelNumber();
        // 2 s > the 700 ms read timeout of the test profile.
        StubMapping slow = fake.stub(ColissimoFake.labelFor(request.lastName())
                .willReturn(ColissimoFake.labelAnswer(lost, TestLabels.pdf(lost)).withFixedDelay(2000)));

        Instant start = Instant.now();
        String location = Shipments.create(request)
                .statusCode(503)
                .contentType("application/problem+json")
                .body("code", equalTo("colissimo-unavailable"))
                .body("detail", containsString("did not answer in time"))
                .body("detail", containsString("may have made a label for request SHP-"))
                .extract().header("Location");
        Duration took = Duration.between(start, Instant.now());

        assertThat(took).isLessThan(Duration.ofSeconds(2));
        assertThat(fake.count(ColissimoFake.labelRequestsFor(request.lastName()))).isEqualTo(1);
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        Shipments.read(id).body("status", equalTo("LABEL_FAILED"))
                .body("lastError.code", equalTo("colissimo-unavailable"))
                .body("lastError.message", containsString("no answer within"))
                .body("labelAttempts", equalTo(1))
                .body("labelRequests.reference", equalTo(List.of("SHP-" + id + "-1")))
                .body("labelRequests.outcome", equalTo(List.of("UNKNOWN")));

        fake.remove(slow);
        String parcel = ColissimoFake.nextParcelNumber();
        fake.stub(ColissimoFake.labelFor(request.lastName())
                .willReturn(ColissimoFake.labelAnswer(parcel, TestLabels.pdf(parcel))));
        Shipments.as("purchasing").when().post(Shipments.PATH + "/" + id + "/label")
                .then().statusCode(200)
                .body("status", equalTo("LABELLED"))
                .body("parcelNumber", equalTo(parcel))
                .body("labelAttempts", equalTo(2))
                .body("lastError", equalTo(null))
                .body("labelRequests.outcome", equalTo(List.of("UNKNOWN", "LABELLED")))
                .body("labelRequests[1].parcelNumber", equalTo(parcel));
        List<LoggedRequest> calls = fake.wireMock().find(ColissimoFake.labelRequestsFor(request.lastName()));
        assertThat(calls).extracting(LoggedRequest::getBodyAsString).satisfiesExactly(
                first -> assertThat(first).contains("\"senderParcelRef\":\"SHP-" + id + "-1\""),
                second -> assertThat(second).contains("\"senderParcelRef\":\"SHP-" + id + "-2\""));
        // Labelled now: asking again is a conflict, not a second label.
        Shipments.as("purchasing").when().post(Shipments.PATH + "/" + id + "/label")
                .then().statusCode(409).body("code", equalTo("already-labelled"));
    }
}
