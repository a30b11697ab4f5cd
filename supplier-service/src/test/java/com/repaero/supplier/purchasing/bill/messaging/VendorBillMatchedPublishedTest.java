package com.repaero.supplier.purchasing.bill.messaging;

import static com.repaero.supplier.purchasing.Purchasing.BILLS;
import static com.repaero.supplier.purchasing.Purchasing.as;
import static com.repaero.supplier.purchasing.bill.BillRequests.aBill;
import static com.repaero.supplier.purchasing.bill.ReceivedOrders.aReceivedOrder;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import com.repaero.platform.event.EventEnvelope;
import com.repaero.platform.event.EventJson;
import com.repaero.platform.testing.EventSchemas;
import com.repaero.platform.testing.TopicReader;
import com.repaero.supplier.purchasing.bill.BillRequests;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** A matched bill publishes one VendorBillMatched keyed VB-&lt;id&gt;; a bill with discrepancies publishes none. */
@QuarkusTest
class VendorBillMatchedPublishedTest {

    @Test
    void theEventIsOnTheTopic() {
        JsonPath order = aReceivedOrder();
        BillRequests request = aBill(order.getLong("id")).withLine(order.getLong("lines[0].id"), 4, "250");
        long id = as("accounting").body(request.build()).post(BILLS)
                .then().statusCode(201).extract().jsonPath().getLong("id");
        long unmatched = as("accounting").body(aBill(order.getLong("id")).withCharge("Freight", "30").build())
                .post(BILLS).then().statusCode(201).extract().jsonPath().getLong("id");
        // A later matched bill: the relay publishes in commit order, so once it is there an event of the bill
        // with discrepancies would be there too.
        long later = as("accounting").body(aBill(order.getLong("id")).withLine(order.getLong("lines[1].id"), 10, "3.5")
                .build()).post(BILLS).then().statusCode(201).extract().jsonPath().getLong("id");

        List<String> keys = List.of("VB-" + id, "VB-" + unmatched, "VB-" + later);
        List<ConsumerRecord<String, String>> records = TopicReader.await("repaero.supplier.events",
                r -> keys.contains(r.key()), 2, Duration.ofSeconds(30));

        assertThat(records).extracting(ConsumerRecord::key).containsExactlyInAnyOrder("VB-" + id, "VB-" + later);
        assertThat(records).filteredOn(r -> r.key().equals("VB-" + id)).singleElement().satisfies(record -> {
            assertThat(record.key()).isEqualTo("VB-" + id);
            assertThat(EventSchemas.violations(record.value(), "supplier", "VendorBillMatched")).isEmpty();
            EventEnvelope event = EventJson.read(record.value());
            assertThat(event.type()).isEqualTo("com.repaero.supplier.VendorBillMatched");
            assertThat(event.aggregatetype()).isEqualTo("VendorBill");
            VendorBillMatched data = EventJson.data(event, VendorBillMatched.class);
            assertThat(data.invoiceNumber()).isEqualTo(request.invoiceNumber());
            assertThat(data.orderNumber()).isEqualTo(order.getString("orderNumber"));
            assertThat(data.netAmount()).isEqualByComparingTo("1000.00");
            assertThat(data.vatAmount()).isEqualByComparingTo("20.00");
            assertThat(data.totalAmount()).isEqualByComparingTo("1020.00");
        });
    }
}
