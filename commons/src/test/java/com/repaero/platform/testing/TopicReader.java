package com.repaero.platform.testing;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;

import com.repaero.platform.event.EventEnvelope;
import com.repaero.platform.event.EventJson;

/** Reads a topic from the beginning, for assertions on what a service really published. */
public final class TopicReader {

    private TopicReader() {
    }

    /**
     * Records of one event type of one aggregate: keys alone are not unique on a service topic (a supplier and a
     * shipment may both have id 7).
     */
    public static Predicate<ConsumerRecord<String, String>> event(String aggregateType, String aggregateId,
            String shortType) {
        return record -> {
            if (!aggregateId.equals(record.key())) {
                return false;
            }
            EventEnvelope envelope = EventJson.read(record.value());
            return aggregateType.equals(envelope.aggregatetype()) && shortType.equals(envelope.shortType());
        };
    }

    /**
     * Polls {@code topic} from its first offset until {@code expected} records match {@code filter} or the timeout ends.
     *
     * @return the matching records, in topic order per partition (fewer than expected on timeout)
     */
    public static List<ConsumerRecord<String, String>> await(String topic,
            Predicate<ConsumerRecord<String, String>> filter,
            int expected, Duration timeout) {
        Map<String, Object> config = Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaBroker.bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "test-reader-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        List<ConsumerRecord<String, String>> matching = new ArrayList<>();
        long deadline = System.nanoTime() + timeout.toNanos();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config, new StringDeserializer(),
                new StringDeserializer())) {
            consumer.subscribe(List.of(topic));
            while (matching.size() < expected && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                    if (filter.test(record)) {
                        matching.add(record);
                    }
                }
            }
        }
        return matching;
    }
}
