package com.repaero.customer.migration.api;

import static com.repaero.customer.migration.AccessImportApi.report;
import static com.repaero.customer.migration.LegacyAccessFile.aFile;
import static com.repaero.customer.migration.LegacyAccessFile.nextKey;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import com.repaero.customer.customer.CustomerRequests;
import com.repaero.customer.customer.messaging.CustomerRegistered;
import com.repaero.platform.event.EventJson;
import com.repaero.platform.outbox.OutboxEvent;
import com.repaero.platform.testing.EventSchemas;
import com.repaero.platform.testing.TopicReader;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/** A dry run writes no event at all; the real run's registrations reach the real broker, with the old key. */
@QuarkusTest
class AccessImportEventsTest {

    @Test
    void onlyTheRealRunPublishes() {
        int key = nextKey();
        Path file = aFile().client(key, "RaisonSociale", "ÉVÉNEMENTS", "SIREN", CustomerRequests.nextSiren()).write();

        report(file, true);
        assertThat(outboxRowsMentioning("\"legacyKey\":\"" + key + "\"")).isZero();

        long id = report(file, false).getLong("customers.rows[0].id");
        List<ConsumerRecord<String, String>> records = TopicReader.await("repaero.customer.events",
                TopicReader.event("Customer", Long.toString(id), "CustomerRegistered"), 1, Duration.ofSeconds(30));

        assertThat(records).hasSize(1);
        assertThat(EventSchemas.violations(records.get(0).value(), "customer", "CustomerRegistered")).isEmpty();
        CustomerRegistered data = EventJson.data(EventJson.read(records.get(0).value()), CustomerRegistered.class);
        assertThat(data.legacyKey()).isEqualTo(String.valueOf(key));
        assertThat(data.registeredBy()).isEqualTo("admin");
    }

    private static long outboxRowsMentioning(String text) {
        return QuarkusTransaction.requiringNew().call(() -> OutboxEvent.count("payload like ?1", "%" + text + "%"));
    }
}
