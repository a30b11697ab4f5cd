package com.repaero.customer.payment.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import com.repaero.customer.invoicing.Invoicing;
import com.repaero.customer.payment.Payments;
import com.repaero.platform.event.EventJson;
import com.repaero.platform.testing.EventSchemas;
import com.repaero.platform.testing.StatementXml;
import com.repaero.platform.testing.TopicReader;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** A partial payment on a statement reaches the broker as PaymentReceived, valid against its schema. */
@QuarkusTest
class PaymentReceivedPublishedTest {

    @Test
    void theEventIsOnTheTopic() {
        JsonPath invoice = Invoicing.anIssuedInvoice();
        String number = invoice.getString("number");
        Payments.importStatement(StatementXml.aStatement().credit("450.00", "E2E-" + System.nanoTime(),
                "Facture " + number).build()).statusCode(201);

        List<ConsumerRecord<String, String>> records = TopicReader.await("repaero.customer.events",
                TopicReader.event("Invoice", number, "PaymentReceived"), 1, Duration.ofSeconds(30));

        assertThat(records).hasSize(1);
        assertThat(EventSchemas.violations(records.get(0).value(), "customer", "PaymentReceived")).isEmpty();
        PaymentReceived data = EventJson.data(EventJson.read(records.get(0).value()), PaymentReceived.class);
        assertThat(data.invoiceId()).isEqualTo(invoice.getLong("id"));
        assertThat(data.amount()).isEqualByComparingTo("450.00");
        assertThat(data.outstandingAmount()).isEqualByComparingTo("750.00");
        assertThat(data.paymentStatus()).isEqualTo("PARTLY_PAID");
        assertThat(data.matchRule()).isEqualTo("REFERENCE");
        assertThat(data.manual()).isFalse();
        assertThat(data.source()).isEqualTo("BANK_TRANSFER");
    }
}
