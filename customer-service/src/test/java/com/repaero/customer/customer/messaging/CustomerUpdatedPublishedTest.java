package com.repaero.customer.customer.messaging;

import static com.repaero.customer.customer.CustomerApi.CUSTOMERS;
import static com.repaero.customer.customer.CustomerApi.as;
import static com.repaero.customer.customer.CustomerApi.etag;
import static com.repaero.customer.customer.CustomerApi.register;
import static com.repaero.customer.customer.CustomerRequests.aCustomer;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import com.repaero.customer.customer.CustomerRequests;
import com.repaero.platform.event.EventJson;
import com.repaero.platform.testing.EventSchemas;
import com.repaero.platform.testing.TopicReader;

import io.quarkus.test.junit.QuarkusTest;

/** An update and an archive each reach the real broker, valid against the schema, naming what changed. */
@QuarkusTest
class CustomerUpdatedPublishedTest {

    @Test
    void updatesAndArchivesAreOnTheTopic() {
        CustomerRequests customer = aCustomer().withMasterData();
        long id = register(customer);
        as("sales").header("If-Match", etag(id)).body(customer.with("paymentTerms", "DAYS_45").build())
                .put(CUSTOMERS + "/" + id).then().statusCode(200);
        as("admin").header("If-Match", etag(id)).delete(CUSTOMERS + "/" + id).then().statusCode(204);

        List<ConsumerRecord<String, String>> records = TopicReader.await("repaero.customer.events",
                TopicReader.event("Customer", Long.toString(id), "CustomerUpdated"), 2, Duration.ofSeconds(30));

        assertThat(records).hasSize(2);
        for (ConsumerRecord<String, String> record : records) {
            assertThat(EventSchemas.violations(record.value(), "customer", "CustomerUpdated")).isEmpty();
        }
        CustomerUpdated first = EventJson.data(EventJson.read(records.get(0).value()), CustomerUpdated.class);
        CustomerUpdated second = EventJson.data(EventJson.read(records.get(1).value()), CustomerUpdated.class);
        assertThat(first.changedFields()).containsExactly("paymentTerms");
        assertThat(first.paymentTerms()).isEqualTo("DAYS_45");
        assertThat(first.version()).isEqualTo(1);
        assertThat(second.changedFields()).containsExactly("archived");
        assertThat(second.archived()).isTrue();
        assertThat(second.updatedBy()).isEqualTo("admin");
    }
}
