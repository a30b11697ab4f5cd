package com.repaero.supplier.purchasing.bill;

import static com.repaero.supplier.purchasing.OrderRequests.aLine;
import static com.repaero.supplier.purchasing.OrderRequests.anOrderWithoutLines;
import static com.repaero.supplier.purchasing.Purchasing.acceptedLine;
import static com.repaero.supplier.purchasing.Purchasing.receive;
import static com.repaero.supplier.purchasing.Purchasing.sentOrder;

import java.util.List;

import com.repaero.supplier.purchasing.Suppliers;

import io.restassured.path.json.JsonPath;

/** Orders ready to be billed: sent to an approved supplier and fully received, all accepted. */
public final class ReceivedOrders {

    private ReceivedOrders() {
    }

    /** Line 1: 4 EA at 250.00; line 2: 10 M at 3.50. */
    public static JsonPath aReceivedOrder() {
        return aReceivedOrder(Suppliers.approved());
    }

    public static JsonPath aReceivedOrder(long supplierId) {
        JsonPath order = sentOrder(anOrderWithoutLines(supplierId)
                .withLine(aLine("VALVE-1", 4, "EA", "250.00"))
                .withLine(aLine("HOSE-2", 10, "M", "3.50")));
        receive(order.getLong("id"), List.of(acceptedLine(order.getLong("lines[0].id"), 4),
                acceptedLine(order.getLong("lines[1].id"), 10)));
        return order;
    }
}
