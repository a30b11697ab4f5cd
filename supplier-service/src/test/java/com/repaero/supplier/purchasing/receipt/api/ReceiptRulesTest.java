package com.repaero.supplier.purchasing.receipt.api;

import static com.repaero.supplier.purchasing.OrderRequests.aLine;
import static com.repaero.supplier.purchasing.OrderRequests.anOrderWithoutLines;
import static com.repaero.supplier.purchasing.Purchasing.ORDERS;
import static com.repaero.supplier.purchasing.Purchasing.acceptedLine;
import static com.repaero.supplier.purchasing.Purchasing.as;
import static com.repaero.supplier.purchasing.Purchasing.receive;
import static com.repaero.supplier.purchasing.Purchasing.sentOrder;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.repaero.supplier.purchasing.Suppliers;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** Over-delivery beyond the tolerance (5 % in application.properties) is refused; quarantined goods are kept apart. */
@QuarkusTest
class ReceiptRulesTest {

    @Test
    void moreThanRemainingPlusToleranceIsRefused() {
        JsonPath order = sentOrder(anOrderWithoutLines(Suppliers.approved()).withLine(aLine("CABLE-1", 100, "M", "2")));
        long orderId = order.getLong("id");
        long lineId = order.getLong("lines[0].id");
        receive(orderId, List.of(acceptedLine(lineId, 60)));

        // 40 remain, 5 more are tolerated: 46 is one too many.
        as("storekeeper").body(Map.of("lines", List.of(acceptedLine(lineId, 46))))
                .post(ORDERS + "/" + orderId + "/receipts")
                .then().statusCode(422)
                .contentType("application/problem+json")
                .body("code", equalTo("over-delivery"));
        // Split over two lines of one receipt, still too many.
        as("storekeeper").body(Map.of("lines", List.of(acceptedLine(lineId, 40), acceptedLine(lineId, 6))))
                .post(ORDERS + "/" + orderId + "/receipts")
                .then().statusCode(422)
                .body("code", equalTo("over-delivery"));

        receive(orderId, List.of(acceptedLine(lineId, 45)));
        as("purchasing").get(ORDERS + "/" + orderId)
                .then().body("state", equalTo("RECEIVED"))
                .body("lines[0].quantityReceived", equalTo(105.0f))
                .body("lines[0].quantityRemaining", equalTo(0.0f));
    }

    @Test
    void quarantinedSerialisedPartsAreRecordedWithTheirReason() {
        JsonPath order = sentOrder(
                anOrderWithoutLines(Suppliers.approved()).withLine(aLine("STARTER-9", 2, "EA", "8000")));
        long orderId = order.getLong("id");
        Map<String, Object> line = acceptedLine(order.getLong("lines[0].id"), 2);
        line.put("inspectionResult", "QUARANTINED");
        line.put("quarantineReason", "Form 1 block 12 remarks unreadable");
        line.put("certificateType", "FAA_8130_3");
        line.put("serialNumbers", List.of("SN-A1", "SN-A2"));

        long receiptId = receive(orderId, List.of(line)).getLong("id");

        as("accounting").get(ORDERS + "/" + orderId + "/receipts/" + receiptId)
                .then().statusCode(200)
                .body("receivedBy", equalTo("storekeeper"))
                .body("lines[0].inspectionResult", equalTo("QUARANTINED"))
                .body("lines[0].serialNumbers", contains("SN-A1", "SN-A2"))
                .body("lines[0].certificateType", equalTo("FAA_8130_3"));
        as("purchasing").get(ORDERS + "/" + orderId + "/receipts")
                .then().statusCode(200)
                .body("id", contains((int) receiptId));
    }

    @Test
    void aLineOfAnotherOrderIsRefused() {
        long supplierId = Suppliers.approved();
        JsonPath mine = sentOrder(anOrderWithoutLines(supplierId).withLine(aLine("A", 1, "EA", "1")));
        JsonPath other = sentOrder(anOrderWithoutLines(supplierId).withLine(aLine("B", 1, "EA", "1")));
        as("storekeeper").body(Map.of("lines", List.of(acceptedLine(other.getLong("lines[0].id"), 1))))
                .post(ORDERS + "/" + mine.getLong("id") + "/receipts")
                .then().statusCode(422)
                .body("code", equalTo("unknown-order-line"));
    }

    @Test
    void aSerialTwiceInOneReceiptIsRefused() {
        JsonPath order = sentOrder(anOrderWithoutLines(Suppliers.approved()).withLine(aLine("S", 2, "EA", "1")));
        Map<String, Object> first = acceptedLine(order.getLong("lines[0].id"), 1);
        first.put("serialNumbers", List.of("SN-1"));
        Map<String, Object> second = acceptedLine(order.getLong("lines[0].id"), 1);
        second.put("serialNumbers", List.of("SN-1"));
        as("storekeeper").body(Map.of("lines", List.of(first, second)))
                .post(ORDERS + "/" + order.getLong("id") + "/receipts")
                .then().statusCode(422)
                .body("code", equalTo("duplicate-serial"));
    }
}
