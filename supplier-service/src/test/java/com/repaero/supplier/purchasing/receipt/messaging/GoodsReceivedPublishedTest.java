package com.repaero.supplier.purchasing.receipt.messaging;

import static com.repaero.supplier.purchasing.OrderRequests.aLine;
import static com.repaero.supplier.purchasing.OrderRequests.anOrder;
import static com.repaero.supplier.purchasing.Purchasing.acceptedLine;
import static com.repaero.supplier.purchasing.Purchasing.receive;
import static com.repaero.supplier.purchasing.Purchasing.sentOrder;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import com.repaero.platform.event.EventJson;
import com.repaero.platform.testing.EventSchemas;
import com.repaero.platform.testing.TopicReader;
import com.repaero.supplier.purchasing.Suppliers;

import io.quarkus.test.junit.QuarkusTest;

/** A receipt publishes one GoodsReceived with what the stock service needs, valid against its schema. */
@QuarkusTest
class GoodsReceivedPublishedTest {

    @Test
    void theEventIsOnTheTopic() {
        long supplierId = Suppliers.approved();
        var order = sentOrder(anOrder(supplierId).withLine(aLine("SEALANT-1", "2.5", "KG", "80")));
        long orderId = order.getLong("id");
        Map<String, Object> serialised = acceptedLine(order.getLong("lines[0].id"), 2);
        serialised.put("serialNumbers", List.of("SN-100", "SN-101"));
        Map<String, Object> lot = acceptedLine(order.getLong("lines[1].id"), "2.5");
        lot.put("inspectionResult", "QUARANTINED");
        lot.put("quarantineReason", "Shelf life not stated");
        lot.put("certificateType", "CERTIFICATE_OF_CONFORMITY");
        lot.put("lotNumber", "LOT-24-0913");
        lot.put("expiryDate", "2027-06-30");
        long receiptId = receive(orderId, List.of(serialised, lot)).getLong("id");

        List<ConsumerRecord<String, String>> records = TopicReader.await("repaero.supplier.events",
                r -> r.key().equals(order.getString("orderNumber")) && r.value().contains("GoodsReceived"), 1,
                Duration.ofSeconds(30));

        assertThat(records).hasSize(1);
        assertThat(EventSchemas.violations(records.get(0).value(), "supplier", "GoodsReceived")).isEmpty();
        GoodsReceived data = EventJson.data(EventJson.read(records.get(0).value()), GoodsReceived.class);
        assertThat(data.receiptId()).isEqualTo(receiptId);
        assertThat(data.orderNumber()).isEqualTo(order.getString("orderNumber"));
        assertThat(data.supplierId()).isEqualTo(supplierId);
        assertThat(data.receivedBy()).isEqualTo("storekeeper");
        assertThat(data.lines()).hasSize(2);
        GoodsReceived.Line first = data.lines().get(0);
        assertThat(first.partNumber()).isEqualTo("D23189000-5");
        assertThat(first.serialNumbers()).containsExactly("SN-100", "SN-101");
        assertThat(first.inspectionResult()).isEqualTo("ACCEPTED");
        assertThat(first.certificate().type()).isEqualTo("EASA_FORM_1");
        assertThat(first.certificate().reference()).startsWith("F1-");
        GoodsReceived.Line second = data.lines().get(1);
        assertThat(second.quantity()).isEqualByComparingTo("2.5");
        assertThat(second.unit()).isEqualTo("KG");
        assertThat(second.inspectionResult()).isEqualTo("QUARANTINED");
        assertThat(second.quarantineReason()).isEqualTo("Shelf life not stated");
        assertThat(second.lotNumber()).isEqualTo("LOT-24-0913");
        assertThat(second.expiryDate()).isEqualTo(java.time.LocalDate.of(2027, 6, 30));
        assertThat(first.expiryDate()).isNull();
    }
}
