package com.repaero.supplier.bank.messaging;

import static com.repaero.supplier.bank.PaymentBatches.BATCHES;
import static com.repaero.supplier.bank.PaymentBatches.anApprovedBill;
import static com.repaero.supplier.bank.PaymentBatches.createBatch;
import static com.repaero.supplier.purchasing.Purchasing.as;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import com.repaero.platform.event.EventEnvelope;
import com.repaero.platform.event.EventJson;
import com.repaero.platform.testing.EventSchemas;
import com.repaero.platform.testing.TopicReader;
import com.repaero.supplier.bank.BankFake;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** A sent batch reaches the broker as PaymentBatchSent, valid against its JSON Schema. */
@QuarkusTest
class PaymentBatchSentPublishedTest {

    @Test
    void theEventIsOnTheTopic() {
        JsonPath batch = createBatch(anApprovedBill().getLong("id"));
        BankFake.connect().answers(batch.getString("messageId"), 201);
        as("accounting").post(BATCHES + "/" + batch.getLong("id") + "/send").then().statusCode(200);
        String key = "PB-" + batch.getLong("id");

        List<ConsumerRecord<String, String>> records = TopicReader.await("repaero.supplier.events",
                r -> r.key().equals(key) && r.value().contains("com.repaero.supplier.PaymentBatchSent"), 1,
                Duration.ofSeconds(30));

        assertThat(records).hasSize(1);
        assertThat(EventSchemas.violations(records.get(0).value(), "supplier", "PaymentBatchSent")).isEmpty();
        EventEnvelope event = EventJson.read(records.get(0).value());
        assertThat(event.aggregatetype()).isEqualTo("PaymentBatch");
        PaymentBatchSent data = EventJson.data(event, PaymentBatchSent.class);
        assertThat(data.messageId()).isEqualTo(batch.getString("messageId"));
        assertThat(data.payments()).extracting(PaymentBatchSent.Payment::endToEndId)
                .containsExactly(batch.getString("payments[0].endToEndId"));
        assertThat(data.controlSum()).isEqualByComparingTo("1200.00");
    }
}
