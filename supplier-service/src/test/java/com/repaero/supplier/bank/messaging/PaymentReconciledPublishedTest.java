package com.repaero.supplier.bank.messaging;

import static com.repaero.supplier.bank.PaymentBatches.anApprovedBill;
import static com.repaero.supplier.bank.PaymentBatches.createBatch;
import static com.repaero.supplier.bank.PaymentBatches.importStatement;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import com.repaero.platform.event.EventJson;
import com.repaero.platform.testing.EventSchemas;
import com.repaero.platform.testing.StatementXml;
import com.repaero.platform.testing.TopicReader;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** A partial payment seen on a statement reaches the broker as PaymentReconciled, valid against its schema. */
@QuarkusTest
class PaymentReconciledPublishedTest {

    @Test
    void theEventIsOnTheTopic() {
        long bill = anApprovedBill().getLong("id");
        JsonPath batch = createBatch(bill);
        importStatement(StatementXml.aStatement().debit("450.00", batch.getString("payments[0].endToEndId")).build())
                .statusCode(201);

        List<ConsumerRecord<String, String>> records = TopicReader.await("repaero.supplier.events",
                r -> r.key().equals("VB-" + bill) && r.value().contains("com.repaero.supplier.PaymentReconciled"), 1,
                Duration.ofSeconds(30));

        assertThat(records).hasSize(1);
        assertThat(EventSchemas.violations(records.get(0).value(), "supplier", "PaymentReconciled")).isEmpty();
        PaymentReconciled data = EventJson.data(EventJson.read(records.get(0).value()), PaymentReconciled.class);
        assertThat(data.billState()).isEqualTo("PARTLY_PAID");
        assertThat(data.amount()).isEqualByComparingTo("450.00");
        assertThat(data.remainingAmount()).isEqualByComparingTo("750.00");
        assertThat(data.manual()).isFalse();
    }
}
