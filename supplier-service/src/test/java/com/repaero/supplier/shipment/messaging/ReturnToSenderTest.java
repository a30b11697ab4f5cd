package com.repaero.supplier.shipment.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.util.List;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.stubbing.StubMapping;
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
 * Colissimo's codes for a parcel the addressee does not take: on its way back it is an EXCEPTION (still polled), once
 * handed back to us RETURNED (no longer polled), each change one ShipmentStatusChanged (valid against its schema) with
 * the code that caused it.
 */
@QuarkusTest
class ReturnToSenderTest {

    private static final Event TAKEN = new Event("PCHCFM", "Votre colis est pris en charge",
            "2026-11-20T18:00:00+01:00");
    private static final Event UNKNOWN_ADDRESSEE = new Event("RENDIA",
            "Le destinataire n'habite pas à l'adresse indiquée", "2026-11-21T10:00:00+01:00");
    private static final Event BACK = new Event("LIVREO", "Livré à l'expéditeur", "2026-11-25T09:30:00+01:00");

    @Inject
    ShipmentJobs jobs;

    @Test
    void onItsWayBackThenReturned() {
        ColissimoFake fake = ColissimoFake.connect();
        LabelledShipments.Labelled shipment = LabelledShipments.create(fake);
        long id = shipment.id();
        String parcel = shipment.parcelNumber();

        StubMapping stage = fake.stub(ColissimoFake.timelineFor(parcel)
                .willReturn(ColissimoFake.timelineAnswer(parcel, 3, List.of(TAKEN, UNKNOWN_ADDRESSEE))));
        assertThat(jobs.track(id)).isTrue();
        Shipments.read(id).body("status", equalTo("EXCEPTION"));

        fake.remove(stage);
        fake.stub(ColissimoFake.timelineFor(parcel)
                .willReturn(ColissimoFake.timelineAnswer(parcel, 5, List.of(TAKEN, UNKNOWN_ADDRESSEE, BACK))));
        assertThat(jobs.track(id)).isTrue();
        assertThat(jobs.track(id)).isFalse(); // returned: no longer polled
        Shipments.read(id).body("status", equalTo("RETURNED"));

        List<ConsumerRecord<String, String>> records = TopicReader.await("repaero.supplier.events",
                r -> r.key().equals(Long.toString(id))
                        && EventJson.read(r.value()).type().equals("com.repaero.supplier.ShipmentStatusChanged"),
                3, Duration.ofSeconds(30));
        assertThat(records).allSatisfy(r -> assertThat(EventSchemas.violations(r.value(), "supplier",
                "ShipmentStatusChanged")).isEmpty());
        List<ShipmentStatusChanged> changes = records.stream()
                .map(r -> EventJson.data(EventJson.read(r.value()), ShipmentStatusChanged.class)).toList();
        assertThat(changes).extracting(ShipmentStatusChanged::status)
                .containsExactly("LABELLED", "EXCEPTION", "RETURNED");
        assertThat(changes).extracting(ShipmentStatusChanged::trackingCode).containsExactly(null, "RENDIA", "LIVREO");
    }
}
