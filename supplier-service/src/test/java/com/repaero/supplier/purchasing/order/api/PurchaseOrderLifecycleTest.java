package com.repaero.supplier.purchasing.order.api;

import static com.repaero.supplier.purchasing.OrderRequests.aLine;
import static com.repaero.supplier.purchasing.OrderRequests.anOrder;
import static com.repaero.supplier.purchasing.Purchasing.ORDERS;
import static com.repaero.supplier.purchasing.Purchasing.acceptedLine;
import static com.repaero.supplier.purchasing.Purchasing.as;
import static com.repaero.supplier.purchasing.Purchasing.receive;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.repaero.supplier.purchasing.OrderRequests;
import com.repaero.supplier.purchasing.Suppliers;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** An order from draft to closed: numbered, totalled, edited, sent, received in two deliveries, closed. */
@QuarkusTest
class PurchaseOrderLifecycleTest {

    @Test
    void draftEditSendReceiveClose() {
        long supplierId = Suppliers.approved();
        OrderRequests request = anOrder(supplierId).withLine(aLine("MS20995C32", "10.5", "M", "3.1234"));
        var created = as("purchasing").body(request.build())
                .post(ORDERS)
                .then().statusCode(201)
                .header("Location", matchesPattern(".*/api/supplier/orders/\\d+"))
                .header("ETag", "\"0\"")
                .body("orderNumber", matchesPattern("PO-\\d{4}-\\d{5}"))
                .body("state", equalTo("DRAFT"))
                .body("currency", equalTo("EUR"))
                // 2 x 1250.50 + 10.5 x 3.1234 (32.7957 -> 32.80)
                .body("lines[0].lineAmount", equalTo(2501.00f))
                .body("lines[1].lineAmount", equalTo(32.80f))
                .body("totalAmount", equalTo(2533.80f))
                .body("createdBy", equalTo("purchasing"))
                .extract().jsonPath();
        long id = created.getLong("id");

        request.withLineField(0, "quantity", 3);
        as("purchasing").header("If-Match", "\"0\"").body(request.build())
                .put(ORDERS + "/" + id)
                .then().statusCode(200)
                .header("ETag", "\"1\"")
                .body("totalAmount", equalTo(3784.30f))
                .body("lines[0].id", equalTo(created.getInt("lines[0].id")));

        as("purchasing").header("If-Match", "\"1\"")
                .post(ORDERS + "/" + id + "/send")
                .then().statusCode(200)
                .body("state", equalTo("SENT"))
                .body("sentBy", equalTo("purchasing"))
                .body("sentAt", notNullValue())
                .body("approvalOverride", nullValue());

        JsonPath order = as("storekeeper").get(ORDERS + "/" + id).then().statusCode(200).extract().jsonPath();
        long line1 = order.getLong("lines[0].id");
        long line2 = order.getLong("lines[1].id");

        receive(id, List.of(acceptedLine(line1, 1)));
        as("accounting").get(ORDERS + "/" + id)
                .then().statusCode(200)
                .body("state", equalTo("PARTLY_RECEIVED"))
                .body("lines[0].quantityReceived", equalTo(1.0f))
                .body("lines[0].quantityRemaining", equalTo(2.0f));

        receive(id, List.of(acceptedLine(line1, 2), acceptedLine(line2, "10.5")));
        String etag = as("purchasing").get(ORDERS + "/" + id)
                .then().statusCode(200)
                .body("state", equalTo("RECEIVED"))
                .extract().header("ETag");

        as("purchasing").header("If-Match", etag)
                .post(ORDERS + "/" + id + "/close")
                .then().statusCode(200)
                .body("state", equalTo("CLOSED"))
                .body("closedBy", equalTo("purchasing"));
    }
}
