package com.repaero.supplier.supplier.messaging;

import static com.repaero.supplier.supplier.SupplierApi.approve;
import static com.repaero.supplier.supplier.SupplierApi.register;
import static com.repaero.supplier.supplier.SupplierRequests.aSupplier;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import com.repaero.platform.event.EventJson;
import com.repaero.platform.testing.EventSchemas;
import com.repaero.platform.testing.TopicReader;

import io.quarkus.test.junit.QuarkusTest;

/** An approval reaches the broker as SupplierApprovalChanged, valid against its schema. */
@QuarkusTest
class SupplierApprovalChangedPublishedTest {

    @Test
    void theEventIsOnTheTopic() {
        long id = register(aSupplier());
        LocalDate until = LocalDate.now().plusYears(1);
        approve(id, until.toString());

        List<ConsumerRecord<String, String>> records = TopicReader.await("repaero.supplier.events",
                TopicReader.event("Supplier", Long.toString(id), "SupplierApprovalChanged"), 1,
                Duration.ofSeconds(30));

        assertThat(records).hasSize(1);
        assertThat(EventSchemas.violations(records.get(0).value(), "supplier", "SupplierApprovalChanged")).isEmpty();
        SupplierApprovalChanged data = EventJson.data(EventJson.read(records.get(0).value()),
                SupplierApprovalChanged.class);
        assertThat(data.fromStatus()).isEqualTo("NOT_APPROVED");
        assertThat(data.toStatus()).isEqualTo("APPROVED");
        assertThat(data.approvedUntil()).isEqualTo(until);
        assertThat(data.changedBy()).isEqualTo("purchasing");
    }
}
