package com.repaero.supplier.supplier.messaging;

import static com.repaero.supplier.supplier.SupplierApi.as;
import static com.repaero.supplier.supplier.SupplierApi.etag;
import static com.repaero.supplier.supplier.SupplierApi.register;
import static com.repaero.supplier.supplier.SupplierRequests.aSupplier;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import com.repaero.platform.event.EventEnvelope;
import com.repaero.platform.event.EventJson;
import com.repaero.platform.testing.EventSchemas;
import com.repaero.platform.testing.TopicReader;
import com.repaero.supplier.supplier.SupplierRequests;

import io.quarkus.test.junit.QuarkusTest;

/** An update reaches the broker as SupplierUpdated, valid against its schema, naming what changed. */
@QuarkusTest
class SupplierUpdatedPublishedTest {

    @Test
    void theEventIsOnTheTopic() {
        SupplierRequests supplier = aSupplier().withMasterData();
        long id = register(supplier);
        as("purchasing").header("If-Match", etag(id))
                .body(supplier.with("email", "compta@aeropieces.fr").with("bankAccounts", List.of(Map.of("iban",
                        "DE89370400440532013000", "holder", "AERO PIECES SAS", "defaultAccount", true))).build())
                .put("/api/supplier/suppliers/" + id).then().statusCode(200);

        List<ConsumerRecord<String, String>> records = TopicReader.await("repaero.supplier.events",
                TopicReader.event("Supplier", Long.toString(id), "SupplierUpdated"), 1,
                Duration.ofSeconds(30));

        assertThat(records).hasSize(1);
        assertThat(EventSchemas.violations(records.get(0).value(), "supplier", "SupplierUpdated")).isEmpty();
        EventEnvelope event = EventJson.read(records.get(0).value());
        assertThat(event.type()).isEqualTo("com.repaero.supplier.SupplierUpdated");
        SupplierUpdated data = EventJson.data(event, SupplierUpdated.class);
        assertThat(data.changedFields()).containsExactly("email", "bankAccounts");
        assertThat(data.version()).isEqualTo(1);
        assertThat(data.siret()).isEqualTo(SupplierRequests.siretOf(supplier.siren()));
        assertThat(records.get(0).value()).doesNotContain("DE89370400440532013000");
    }
}
