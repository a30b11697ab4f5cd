package com.repaero.supplier.purchasing.bill.api;

import static com.repaero.supplier.purchasing.Purchasing.BILLS;
import static com.repaero.supplier.purchasing.Purchasing.as;
import static com.repaero.supplier.purchasing.bill.BillRequests.aBill;
import static com.repaero.supplier.purchasing.bill.ReceivedOrders.aReceivedOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** A bill that matches its order and receipts is MATCHED at entry and approved by accounting. */
@QuarkusTest
class VendorBillFlowTest {

    @Test
    void enterMatchApprove() {
        JsonPath order = aReceivedOrder();
        // 3.535 is 1 % above the ordered 3.50: within the price tolerance (application.properties).
        var bill = as("accounting").body(aBill(order.getLong("id"))
                .withLine(order.getLong("lines[0].id"), 4, "250.00")
                .withLine(order.getLong("lines[1].id"), 10, "3.535")
                .with("vatAmount", "207.07").build())
                .post(BILLS)
                .then().statusCode(201)
                .header("Location", matchesPattern(".*/api/supplier/bills/\\d+"))
                .body("state", equalTo("MATCHED"))
                .body("discrepancies", empty())
                .body("supplierId", equalTo(order.getInt("supplierId")))
                .body("orderNumber", equalTo(order.getString("orderNumber")))
                .body("netAmount", equalTo(1035.35f))
                .body("totalAmount", equalTo(1242.42f))
                .body("matchedAt", notNullValue())
                .extract();
        long id = bill.jsonPath().getLong("id");

        String approvedTag = as("accounting").header("If-Match", bill.header("ETag"))
                .post(BILLS + "/" + id + "/approve")
                .then().statusCode(200)
                .body("state", equalTo("APPROVED"))
                .body("approvedBy", equalTo("accounting"))
                .extract().header("ETag");

        as("accounting").header("If-Match", approvedTag).post(BILLS + "/" + id + "/approve")
                .then().statusCode(409)
                .body("code", equalTo("invalid-transition"));
        as("purchasing").get(BILLS + "/" + id).then().statusCode(200).body("state", equalTo("APPROVED"));
    }
}
