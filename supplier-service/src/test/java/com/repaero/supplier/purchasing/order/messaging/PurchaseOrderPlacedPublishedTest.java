package com.repaero.supplier.purchasing.order.messaging;

import static com.repaero.supplier.purchasing.OrderRequests.anOrder;
import static com.repaero.supplier.purchasing.Purchasing.ORDERS;
import static com.repaero.supplier.purchasing.Purchasing.as;
import static com.repaero.supplier.purchasing.Purchasing.createOrder;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import com.repaero.platform.event.EventEnvelope;
import com.repaero.platform.event.EventJson;
import com.repaero.platform.testing.EventSchemas;
import com.repaero.platform.testing.TopicReader;
import com.repaero.supplier.purchasing.Suppliers;

import io.quarkus.test.junit.QuarkusTest;

/** Sending an order (here with an admin override) publishes one PurchaseOrderPlaced keyed by the order number. */
@QuarkusTest
class PurchaseOrderPlacedPublishedTest {

    @Test
    void theEventIsOnTheTopic() {
        var created = createOrder(anOrder(Suppliers.notApproved()));
        long id = created.getLong("id");
        as("admin").header("If-Match", "\"0\"").body(Map.of("overrideReason", "AOG"))
                .post(ORDERS + "/" + id + "/send").then().statusCode(200);

        List<ConsumerRecord<String, String>> records = TopicReader.await("repaero.supplier.events",
                r -> r.key().equals(created.getString("orderNumber")) && r.value().contains("PurchaseOrderPlaced"), 1,
                Duration.ofSeconds(30));

        assertThat(records).hasSize(1);
        assertThat(EventSchemas.violations(records.get(0).value(), "supplier", "PurchaseOrderPlaced")).isEmpty();
        EventEnvelope event = EventJson.read(records.get(0).value());
        assertThat(event.type()).isEqualTo("com.repaero.supplier.PurchaseOrderPlaced");
        assertThat(event.aggregatetype()).isEqualTo("PurchaseOrder");
        assertThat(event.subject()).isEqualTo(created.getString("orderNumber"));
        PurchaseOrderPlaced data = EventJson.data(event, PurchaseOrderPlaced.class);
        assertThat(data.orderNumber()).isEqualTo(created.getString("orderNumber"));
        assertThat(data.totalAmount()).isEqualByComparingTo("2501.00");
        assertThat(data.lines()).singleElement().satisfies(line -> {
            assertThat(line.partNumber()).isEqualTo("D23189000-5");
            assertThat(line.quantity()).isEqualByComparingTo("2");
            assertThat(line.unit()).isEqualTo("EA");
        });
        assertThat(data.placedBy()).isEqualTo("admin");
        assertThat(data.approvalOverride().reason()).isEqualTo("AOG");
    }
}
