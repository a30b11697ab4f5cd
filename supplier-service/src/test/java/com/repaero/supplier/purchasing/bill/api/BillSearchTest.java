package com.repaero.supplier.purchasing.bill.api;

import static com.repaero.supplier.purchasing.Purchasing.BILLS;
import static com.repaero.supplier.purchasing.Purchasing.as;
import static com.repaero.supplier.purchasing.bill.BillRequests.aBill;
import static com.repaero.supplier.purchasing.bill.ReceivedOrders.aReceivedOrder;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import com.repaero.supplier.purchasing.Suppliers;
import com.repaero.supplier.purchasing.bill.BillRequests;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** Bills are listed by supplier and state, soonest due first. */
@QuarkusTest
class BillSearchTest {

    @Test
    void bySupplierAndState() {
        long supplierId = Suppliers.approved();
        JsonPath order = aReceivedOrder(supplierId);
        long lineId = order.getLong("lines[0].id");
        BillRequests later = aBill(order.getLong("id")).withLine(lineId, 1, "250")
                .with("dueDate", LocalDate.now().plusDays(60).toString());
        BillRequests sooner = aBill(order.getLong("id")).withLine(lineId, 1, "250")
                .with("dueDate", LocalDate.now().plusDays(30).toString());
        BillRequests wrong = aBill(order.getLong("id")).withCharge("Handling", "12");
        for (BillRequests bill : new BillRequests[]{later, sooner, wrong}) {
            as("accounting").body(bill.build()).post(BILLS).then().statusCode(201);
        }

        as("purchasing").queryParam("supplierId", supplierId)
                .get(BILLS)
                .then().statusCode(200)
                .body("total", equalTo(3));
        as("accounting").queryParam("supplierId", supplierId).queryParam("state", "MATCHED")
                .get(BILLS)
                .then().statusCode(200)
                .body("items.invoiceNumber", contains(sooner.invoiceNumber(), later.invoiceNumber()));
        as("accounting").queryParam("supplierId", supplierId).queryParam("state", "DISCREPANCY")
                .get(BILLS)
                .then().statusCode(200)
                .body("items.invoiceNumber", contains(wrong.invoiceNumber()))
                .body("items[0].discrepancyCount", equalTo(1));
        as("accounting").queryParam("state", "LOST")
                .get(BILLS)
                .then().statusCode(400)
                .body("errors[0].field", equalTo("state"));
    }
}
