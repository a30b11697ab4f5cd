package com.repaero.customer.invoicing.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import com.repaero.customer.invoicing.Invoicing;
import com.repaero.platform.event.EventJson;
import com.repaero.platform.testing.EventSchemas;
import com.repaero.platform.testing.TopicReader;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** Issuing an invoice puts InvoiceIssued on the real topic, keyed by the number, valid against its schema. */
@QuarkusTest
class InvoiceIssuedPublishedTest {

    @Test
    void theEventIsOnTheTopic() {
        JsonPath invoice = Invoicing.anIssuedInvoice();
        String number = invoice.getString("number");

        List<ConsumerRecord<String, String>> records = TopicReader.await("repaero.customer.events",
                TopicReader.event("Invoice", number, "InvoiceIssued"), 1, Duration.ofSeconds(30));

        assertThat(records).hasSize(1);
        assertThat(EventSchemas.violations(records.get(0).value(), "customer", "InvoiceIssued")).isEmpty();
        InvoiceIssued data = EventJson.data(EventJson.read(records.get(0).value()), InvoiceIssued.class);
        assertThat(data.invoiceId()).isEqualTo(invoice.getLong("id"));
        assertThat(data.documentType()).isEqualTo("INVOICE");
        assertThat(data.grandTotal()).isEqualByComparingTo("1200.00");
        assertThat(data.buyerSiren()).isEqualTo(invoice.getString("buyer.siren")).matches("\\d{9}");
        assertThat(data.dueDate()).hasToString(invoice.getString("dueDate"));
    }
}
