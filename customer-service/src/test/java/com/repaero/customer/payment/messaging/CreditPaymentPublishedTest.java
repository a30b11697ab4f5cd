package com.repaero.customer.payment.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import com.repaero.customer.invoicing.Invoicing;
import com.repaero.customer.invoicing.TestCustomers;
import com.repaero.customer.payment.Payments;
import com.repaero.platform.event.EventJson;
import com.repaero.platform.testing.EventSchemas;
import com.repaero.platform.testing.TopicReader;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** An invoice paid from a customer's credit reaches the broker as PaymentReceived with its source, schema-valid. */
@QuarkusTest
class CreditPaymentPublishedTest {

    @Test
    void theEventNamesTheCredit() {
        long customer = TestCustomers.create();
        JsonPath credit = Payments.aCreditOf(customer, "400.00");
        JsonPath invoice = Invoicing.aDocument(customer).issued();
        String number = invoice.getString("number");
        Payments.applyCredit(credit.getLong("id"), Map.of("invoiceId", invoice.getLong("id"), "amount", "150.00"))
                .statusCode(200);

        List<ConsumerRecord<String, String>> records = TopicReader.await("repaero.customer.events",
                TopicReader.event("Invoice", number, "PaymentReceived"), 1, Duration.ofSeconds(30));

        assertThat(records).hasSize(1);
        assertThat(EventSchemas.violations(records.get(0).value(), "customer", "PaymentReceived")).isEmpty();
        PaymentReceived data = EventJson.data(EventJson.read(records.get(0).value()), PaymentReceived.class);
        assertThat(data.source()).isEqualTo("CUSTOMER_CREDIT");
        assertThat(data.creditId()).isEqualTo(credit.getLong("id"));
        assertThat(data.amount()).isEqualByComparingTo("150.00");
        assertThat(data.outstandingAmount()).isEqualByComparingTo("1050.00");
        assertThat(data.paymentStatus()).isEqualTo("PARTLY_PAID");
        assertThat(data.lineId()).isEqualTo(credit.getLong("lineId"));
        assertThat(data.manual()).isTrue();
    }
}
