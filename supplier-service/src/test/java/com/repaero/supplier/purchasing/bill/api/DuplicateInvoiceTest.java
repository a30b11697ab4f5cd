package com.repaero.supplier.purchasing.bill.api;

import static com.repaero.supplier.purchasing.Purchasing.BILLS;
import static com.repaero.supplier.purchasing.Purchasing.as;
import static com.repaero.supplier.purchasing.bill.BillRequests.aBill;
import static com.repaero.supplier.purchasing.bill.ReceivedOrders.aReceivedOrder;
import static org.hamcrest.Matchers.equalTo;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** A supplier's invoice number is entered once (whatever its case and separators); other suppliers may reuse it. */
@QuarkusTest
class DuplicateInvoiceTest {

    @Test
    void theSameInvoiceTwiceIsAConflict() {
        JsonPath order = aReceivedOrder();
        String number = "FA-2026/" + System.nanoTime();
        as("accounting").body(aBill(order.getLong("id")).with("invoiceNumber", number)
                .withLine(order.getLong("lines[0].id"), 1, "250").build())
                .post(BILLS).then().statusCode(201);

        as("accounting").body(aBill(order.getLong("id")).with("invoiceNumber", number.toLowerCase().replace('/', ' '))
                .withLine(order.getLong("lines[0].id"), 1, "250").build())
                .post(BILLS)
                .then().statusCode(409)
                .contentType("application/problem+json")
                .body("code", equalTo("duplicate-invoice-number"));

        JsonPath otherSuppliersOrder = aReceivedOrder();
        as("accounting").body(aBill(otherSuppliersOrder.getLong("id")).with("invoiceNumber", number)
                .withLine(otherSuppliersOrder.getLong("lines[0].id"), 1, "250").build())
                .post(BILLS).then().statusCode(201);
    }
}
