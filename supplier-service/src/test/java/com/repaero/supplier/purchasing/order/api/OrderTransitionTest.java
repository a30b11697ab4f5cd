package com.repaero.supplier.purchasing.order.api;

import static com.repaero.supplier.purchasing.OrderRequests.anOrder;
import static com.repaero.supplier.purchasing.Purchasing.ORDERS;
import static com.repaero.supplier.purchasing.Purchasing.as;
import static com.repaero.supplier.purchasing.Purchasing.createOrder;
import static com.repaero.supplier.purchasing.Purchasing.etag;
import static com.repaero.supplier.purchasing.Purchasing.sentOrder;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import org.junit.jupiter.api.Test;

import com.repaero.supplier.purchasing.Suppliers;

import io.quarkus.test.junit.QuarkusTest;

/** Transitions outside the state machine are 409 invalid-transition naming both states; lines freeze once sent. */
@QuarkusTest
class OrderTransitionTest {

    @Test
    void aDraftCannotBeClosed() {
        long id = createOrder(anOrder(Suppliers.approved())).getLong("id");
        as("purchasing").header("If-Match", etag(id))
                .post(ORDERS + "/" + id + "/close")
                .then().statusCode(409)
                .contentType("application/problem+json")
                .body("code", equalTo("invalid-transition"))
                .body("detail", allOf(containsString("DRAFT"), containsString("CLOSED")));
    }

    @Test
    void aCancelledOrderCannotBeSentNorCancelledAgain() {
        long id = createOrder(anOrder(Suppliers.approved())).getLong("id");
        as("purchasing").header("If-Match", etag(id)).post(ORDERS + "/" + id + "/cancel")
                .then().statusCode(200)
                .body("state", equalTo("CANCELLED"))
                .body("cancelledBy", equalTo("purchasing"));
        as("purchasing").header("If-Match", etag(id)).post(ORDERS + "/" + id + "/send")
                .then().statusCode(409)
                .body("code", equalTo("invalid-transition"))
                .body("detail", allOf(containsString("CANCELLED"), containsString("SENT")));
        as("purchasing").header("If-Match", etag(id)).post(ORDERS + "/" + id + "/cancel")
                .then().statusCode(409)
                .body("code", equalTo("invalid-transition"));
    }

    @Test
    void aSentOrderCanBeCancelledButNotEdited() {
        var order = sentOrder(anOrder(Suppliers.approved()));
        long id = order.getLong("id");
        as("purchasing").header("If-Match", etag(id)).body(java.util.Map.of("lines", order.getList("lines")))
                .put(ORDERS + "/" + id)
                .then().statusCode(409)
                .contentType("application/problem+json")
                .body("code", equalTo("order-not-editable"));
        as("purchasing").header("If-Match", etag(id)).post(ORDERS + "/" + id + "/cancel")
                .then().statusCode(200)
                .body("state", equalTo("CANCELLED"));
    }

    @Test
    void goodsCannotBeReceivedOnADraft() {
        var order = createOrder(anOrder(Suppliers.approved()));
        as("storekeeper").body(java.util.Map.of("lines", java.util.List.of(
                com.repaero.supplier.purchasing.Purchasing.acceptedLine(order.getLong("lines[0].id"), 1))))
                .post(ORDERS + "/" + order.getLong("id") + "/receipts")
                .then().statusCode(409)
                .body("code", equalTo("order-not-receivable"));
    }
}
