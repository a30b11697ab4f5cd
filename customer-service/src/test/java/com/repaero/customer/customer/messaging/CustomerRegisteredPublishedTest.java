package com.repaero.customer.customer.messaging;

import static com.repaero.customer.customer.CustomerApi.register;
import static com.repaero.customer.customer.CustomerRequests.aCustomer;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import com.repaero.customer.customer.CustomerRequests;
import com.repaero.platform.event.EventEnvelope;
import com.repaero.platform.event.EventJson;
import com.repaero.platform.testing.EventSchemas;
import com.repaero.platform.testing.TopicReader;

import io.quarkus.test.junit.QuarkusTest;

/** A registration reaches the real broker as one CloudEvents envelope keyed by the customer id. */
@QuarkusTest
class CustomerRegisteredPublishedTest {

    @Test
    void theEventIsOnTheTopic() {
        CustomerRequests customer = aCustomer().withMasterData();
        long id = register(customer);

        List<ConsumerRecord<String, String>> records = TopicReader.await("repaero.customer.events",
                TopicReader.event("Customer", Long.toString(id), "CustomerRegistered"), 1, Duration.ofSeconds(30));

        assertThat(records).hasSize(1);
        ConsumerRecord<String, String> record = records.get(0);
        assertThat(record.key()).isEqualTo(Long.toString(id));
        assertThat(new String(record.headers().lastHeader("content-type").value(), StandardCharsets.UTF_8))
                .startsWith("application/cloudevents+json");
        assertThat(EventSchemas.violations(record.value(), "customer", "CustomerRegistered")).isEmpty();
        EventEnvelope event = EventJson.read(record.value());
        assertThat(event.type()).isEqualTo("com.repaero.customer.CustomerRegistered");
        assertThat(event.source()).isEqualTo("/repaero/customer-service");
        CustomerRegistered data = EventJson.data(event, CustomerRegistered.class);
        assertThat(data.siren()).isEqualTo(customer.siren());
        assertThat(data.country()).isEqualTo("FR");
        assertThat(data.registeredBy()).isEqualTo("sales");
    }
}
