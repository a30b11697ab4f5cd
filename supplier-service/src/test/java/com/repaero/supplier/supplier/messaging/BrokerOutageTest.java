package com.repaero.supplier.supplier.messaging;

import static com.repaero.supplier.supplier.SupplierRequests.aSupplier;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import com.repaero.platform.event.EventEnvelope;
import com.repaero.platform.event.EventJson;
import com.repaero.platform.inbox.IdempotentConsumer;
import com.repaero.platform.testing.KafkaBroker;
import com.repaero.platform.testing.TestTokens;
import com.repaero.platform.testing.TopicReader;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * Stops the real broker while suppliers are being registered: every registration still succeeds, and once the broker
 * is back every event arrives, one event id per supplier; an idempotent consumer applies each exactly once, even when
 * a record is delivered twice.
 */
@QuarkusTest
class BrokerOutageTest {

    private static final int BEFORE = 3;
    private static final int DURING = 10;

    @Inject
    IdempotentConsumer idempotentConsumer;

    @Test
    void nothingIsLostWhileTheBrokerIsDown() {
        List<String> ids = new ArrayList<>();
        try {
            for (int i = 0; i < BEFORE; i++) {
                ids.add(register());
            }
            KafkaBroker.stop();
            for (int i = 0; i < DURING; i++) {
                ids.add(register());
            }
        } finally {
            KafkaBroker.restart();
        }

        Set<String> expected = Set.copyOf(ids);
        List<ConsumerRecord<String, String>> records = TopicReader.await("repaero.supplier.events",
                r -> expected.stream().anyMatch(id -> TopicReader.event("Supplier", id, "SupplierRegistered").test(r)),
                ids.size(), Duration.ofSeconds(90));

        Map<String, Set<String>> eventIdsBySupplier = records.stream().collect(Collectors.groupingBy(
                ConsumerRecord::key, Collectors.mapping(r -> EventJson.read(r.value()).id(), Collectors.toSet())));
        assertThat(eventIdsBySupplier.keySet()).containsExactlyInAnyOrderElementsOf(ids);
        assertThat(eventIdsBySupplier.values()).allSatisfy(eventIds -> assertThat(eventIds).hasSize(1));

        // Every record twice, as a redelivery would: each effect still happens once.
        Map<String, Integer> effects = new ConcurrentHashMap<>();
        for (ConsumerRecord<String, String> record : records) {
            EventEnvelope event = EventJson.read(record.value());
            for (int delivery = 0; delivery < 2; delivery++) {
                QuarkusTransaction.requiringNew().run(() -> idempotentConsumer.processOnce("outage-test", event,
                        () -> effects.merge(event.subject(), 1, Integer::sum)));
            }
        }
        assertThat(effects.keySet()).containsExactlyInAnyOrderElementsOf(ids);
        assertThat(effects.values()).containsOnly(1);
    }

    private static String register() {
        return given().auth().oauth2(TestTokens.forRole("purchasing")).contentType(ContentType.JSON)
                .body(aSupplier().build())
                .post("/api/supplier/suppliers")
                .then().statusCode(201).extract().jsonPath().getString("id");
    }
}
