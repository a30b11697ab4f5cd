package com.repaero.supplier.purchasing.order.api;

import static com.repaero.supplier.purchasing.OrderRequests.aLine;
import static com.repaero.supplier.purchasing.OrderRequests.anOrder;
import static com.repaero.supplier.purchasing.Purchasing.ORDERS;
import static com.repaero.supplier.purchasing.Purchasing.as;
import static com.repaero.supplier.purchasing.Purchasing.createOrder;
import static com.repaero.supplier.purchasing.Purchasing.sentOrder;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import org.junit.jupiter.api.Test;

import com.repaero.supplier.purchasing.Suppliers;

import io.quarkus.test.junit.QuarkusTest;

/** Orders are found by supplier, state, number and part number, paged and sorted. */
@QuarkusTest
class OrderSearchTest {

    @Test
    void bySupplierStatePartNumberAndNumber() {
        long supplierId = Suppliers.approved();
        String partNumber = "PN_" + System.nanoTime();
        String first = createOrder(anOrder(supplierId)).getString("orderNumber");
        String second = sentOrder(anOrder(supplierId).withLine(aLine(partNumber, 1, "EA", "10")))
                .getString("orderNumber");
        String third = createOrder(anOrder(supplierId).withLine(aLine(partNumber, 2, "EA", "10")))
                .getString("orderNumber");

        as("accounting").queryParam("supplierId", supplierId).queryParam("sort", "orderNumber")
                .get(ORDERS)
                .then().statusCode(200)
                .body("total", equalTo(3))
                .body("items.orderNumber", contains(first, second, third));

        as("storekeeper").queryParam("supplierId", supplierId).queryParam("state", "DRAFT")
                .get(ORDERS)
                .then().statusCode(200)
                .body("items.orderNumber", contains(third, first));

        // '_' is literal, not a wildcard; the match is case-insensitive.
        as("purchasing").queryParam("partNumber", partNumber.toLowerCase()).queryParam("sort", "-orderNumber")
                .get(ORDERS)
                .then().statusCode(200)
                .body("items.orderNumber", contains(third, second))
                .body("items[0].lineCount", equalTo(2));

        as("purchasing").queryParam("number", second)
                .get(ORDERS)
                .then().statusCode(200)
                .body("items.orderNumber", contains(second));

        as("purchasing").queryParam("supplierId", supplierId).queryParam("size", 2).queryParam("page", 1)
                .get(ORDERS)
                .then().statusCode(200)
                .body("total", equalTo(3))
                .body("items", hasSize(1))
                .body("items[0].orderNumber", equalTo(first));
    }
}
