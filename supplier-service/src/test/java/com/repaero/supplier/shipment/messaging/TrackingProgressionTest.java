package com.repaero.supplier.shipment.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import java.time.Duration;
import java.util.List;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import com.repaero.platform.event.EventEnvelope;
import com.repaero.platform.event.EventJson;
import com.repaero.platform.testing.EventSchemas;
import com.repaero.platform.testing.TopicReader;
import com.repaero.supplier.shipment.ColissimoFake;
import com.repaero.supplier.shipment.ColissimoFake.Event;
import com.repaero.supplier.shipment.LabelledShipments;
import com.repaero.supplier.shipment.Shipments;
import com.repaero.supplier.shipment.domain.ShipmentJobs;

import io.quarkus.test.junit.QuarkusTest;

/**
 * A parcel announced, then in transit, then delivered, each stage polled twice: the timeline is stored once per event
 * and exactly one ShipmentStatusChanged per status change reaches the real topic, valid against its schema.
 */
@QuarkusTest
class TrackingProgressionTest {

    private static final Event ANNOUNCED = new Event("COMCFM", "Votre colis est annoncé", "2026-11-20T08:00:00+01:00");
    private static final Event TAKEN = new Event("PCHCFM", "Votre colis est pris en charge",
            "2026-11-20T18:00:00+01:00");
    private static final Event ARRIVED = new Event("AARCFM", "Arrivé sur le site", "2026-11-21T06:30:00+01:00");
    private static final Event DELIVERED = new Event("LIVCFM", "Votre colis est livré", "2026-11-21T11:42:00+01:00");

    @Inject
    ShipmentJobs jobs;

    @Test
    void oneEventPerStatusChange() {
        ColissimoFake fake = ColissimoFake.connect();
        LabelledShipments.Labelled shipment = LabelledShipments.create(fake);
        long id = shipment.id();
        String parcel = shipment.parcelNumber();

        StubMapping stage = fake.stub(ColissimoFake.timelineFor(parcel)
                .willReturn(ColissimoFake.timelineAnswer(parcel, 1, List.of(ANNOUNCED))));
        assertThat(jobs.track(id)).isFalse();
        assertThat(jobs.track(id)).isFalse();
        Shipments.read(id).body("status", equalTo("LABELLED")).body("timeline", hasSize(1));

        fake.remove(stage);
        stage = fake.stub(ColissimoFake.timelineFor(parcel)
                .willReturn(ColissimoFake.timelineAnswer(parcel, 2, List.of(ANNOUNCED, TAKEN))));
        assertThat(jobs.track(id)).isTrue();
        assertThat(jobs.track(id)).isFalse();
        Shipments.read(id).body("status", equalTo("IN_TRANSIT")).body("timeline", hasSize(2));

        fake.remove(stage);
        fake.stub(ColissimoFake.timelineFor(parcel)
                .willReturn(ColissimoFake.timelineAnswer(parcel, 5, List.of(DELIVERED, ARRIVED, TAKEN, ANNOUNCED))));
        assertThat(jobs.track(id)).isTrue();
        assertThat(jobs.track(id)).isFalse(); // delivered: no longer tracked
        Shipments.as("storekeeper").when().get(Shipments.PATH + "/" + id).then().statusCode(200)
                .body("status", equalTo("DELIVERED"))
                .body("timeline.code", equalTo(List.of("COMCFM", "PCHCFM", "AARCFM", "LIVCFM")))
                .body("timeline[3].labelShort", equalTo("Votre colis est livré"))
                .body("timeline[3].date", equalTo("2026-11-21T10:42:00Z"));

        List<ConsumerRecord<String, String>> records = statusChanges(id, 3, Duration.ofSeconds(30));
        assertThat(records).hasSize(3);
        for (ConsumerRecord<String, String> record : records) {
            assertThat(EventSchemas.violations(record.value(), "supplier", "ShipmentStatusChanged")).isEmpty();
        }
        List<ShipmentStatusChanged> changes = records.stream()
                .map(r -> EventJson.data(EventJson.read(r.value()), ShipmentStatusChanged.class)).toList();
        assertThat(changes).extracting(ShipmentStatusChanged::status)
                .containsExactly("LABELLED", "IN_TRANSIT", "DELIVERED");
        assertThat(changes).extracting(ShipmentStatusChanged::previousStatus)
                .containsExactly("LABEL_REQUESTED", "LABELLED", "IN_TRANSIT");
        assertThat(changes.get(2).trackingCode()).isEqualTo("LIVCFM");
        assertThat(changes.get(2).parcelNumber()).isEqualTo(parcel);
        assertThat(changes.get(2).reference()).isEqualTo("PO-2026-0042");
        EventEnvelope envelope = EventJson.read(records.get(2).value());
        assertThat(envelope.aggregatetype()).isEqualTo("Shipment");
        assertThat(envelope.subject()).isEqualTo(Long.toString(id));

        // Nothing more arrives: a fourth record is awaited briefly and must not come.
        assertThat(statusChanges(id, 4, Duration.ofSeconds(3))).hasSize(3);
    }

    private static List<ConsumerRecord<String, String>> statusChanges(long id, int expected, Duration timeout) {
        return TopicReader.await("repaero.supplier.events",
                r -> r.key().equals(Long.toString(id))
                        && EventJson.read(r.value()).type().equals("com.repaero.supplier.ShipmentStatusChanged"),
                expected, timeout);
    }
}
