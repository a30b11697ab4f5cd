package com.repaero.supplier.purchasing.bill.api;

import static com.repaero.supplier.purchasing.OrderRequests.anOrder;
import static com.repaero.supplier.purchasing.Purchasing.BILLS;
import static com.repaero.supplier.purchasing.Purchasing.as;
import static com.repaero.supplier.purchasing.Purchasing.createOrder;
import static com.repaero.supplier.purchasing.bill.BillRequests.aBill;
import static com.repaero.supplier.purchasing.bill.ReceivedOrders.aReceivedOrder;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import com.repaero.supplier.purchasing.Suppliers;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** Bad bills are 400s naming the fields, or 422s for rules that need the order. */
@QuarkusTest
class BillValidationTest {

    @Test
    void fieldsAreNamed() {
        as("accounting").body(aBill(1).with("invoiceNumber", "F".repeat(100_000))
                .with("vatAmount", "-1")
                .with("invoiceDate", LocalDate.now().plusDays(3).toString())
                .withLine(1L, 0, "1.23456")
                .build())
                .post(BILLS)
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", containsInAnyOrder("invoiceNumber", "vatAmount", "invoiceDate",
                        "lines[0].quantity", "lines[0].unitPrice"));
    }

    @Test
    void anInvoiceNumberOfSeparatorsOnlyIsRefused() {
        as("accounting").body(aBill(1).with("invoiceNumber", "-/ .").withLine(1L, 1, "1").build())
                .post(BILLS)
                .then().statusCode(400)
                .body("errors[0].field", equalTo("invoiceNumber"))
                .body("errors[0].message", equalTo("must contain at least one letter or digit"));
    }

    @Test
    void wrongTypesAreNamed() {
        as("accounting").body(aBill(1).with("dueDate", "31/12/2026").withLine(1L, 1, "1").build())
                .post(BILLS)
                .then().statusCode(400)
                .body("errors[0].field", equalTo("dueDate"));
        as("accounting").body(aBill(1).withLine(1L, "many", "1").build())
                .post(BILLS)
                .then().statusCode(400)
                .body("errors[0].field", equalTo("lines[0].quantity"));
    }

    @Test
    void rulesNeedingTheOrderAre422() {
        JsonPath order = aReceivedOrder();
        long lineId = order.getLong("lines[0].id");
        as("accounting").body(aBill(order.getLong("id")).withLine(lineId, 1, "250")
                .with("dueDate", LocalDate.now().minusDays(30).toString()).build())
                .post(BILLS)
                .then().statusCode(422)
                .body("code", equalTo("due-before-invoice"));
        as("accounting").body(aBill(order.getLong("id")).withLine(999_999_999L, 1, "250").build())
                .post(BILLS)
                .then().statusCode(422)
                .body("code", equalTo("unknown-order-line"));
        as("accounting").body(aBill(999_999_999L).withLine(lineId, 1, "250").build())
                .post(BILLS)
                .then().statusCode(422)
                .body("code", equalTo("unknown-order"));
        long draft = createOrder(anOrder(Suppliers.approved())).getLong("id");
        as("accounting").body(aBill(draft).withLine(null, 1, "250").build())
                .post(BILLS)
                .then().statusCode(422)
                .body("code", equalTo("order-not-billable"));
    }
}
