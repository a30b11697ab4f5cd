package com.repaero.supplier.purchasing.order.api;

import static com.repaero.supplier.purchasing.OrderRequests.anOrder;
import static com.repaero.supplier.purchasing.Purchasing.ORDERS;
import static com.repaero.supplier.purchasing.Purchasing.as;
import static com.repaero.supplier.purchasing.Purchasing.createOrder;
import static org.hamcrest.Matchers.equalTo;

import org.junit.jupiter.api.Test;

import com.repaero.supplier.purchasing.OrderRequests;
import com.repaero.supplier.purchasing.Suppliers;

import io.quarkus.test.junit.QuarkusTest;

/** Changes need the current version in If-Match: stale is 412, missing is 428. */
@QuarkusTest
class OrderVersionTest {

    @Test
    void aStaleVersionIsRefused() {
        OrderRequests request = anOrder(Suppliers.approved());
        long id = createOrder(request).getLong("id");
        as("purchasing").header("If-Match", "\"0\"").body(request.build()).put(ORDERS + "/" + id)
                .then().statusCode(200);

        as("purchasing").header("If-Match", "\"0\"").body(request.build()).put(ORDERS + "/" + id)
                .then().statusCode(412)
                .contentType("application/problem+json")
                .body("code", equalTo("stale-version"));
        as("purchasing").header("If-Match", "\"0\"").post(ORDERS + "/" + id + "/send")
                .then().statusCode(412);
        as("purchasing").header("If-Match", "*").post(ORDERS + "/" + id + "/cancel")
                .then().statusCode(412);
    }

    @Test
    void aMissingIfMatchIsRefused() {
        OrderRequests request = anOrder(Suppliers.approved());
        long id = createOrder(request).getLong("id");
        as("purchasing").body(request.build()).put(ORDERS + "/" + id)
                .then().statusCode(428)
                .contentType("application/problem+json")
                .body("code", equalTo("precondition-required"));
        as("purchasing").post(ORDERS + "/" + id + "/send").then().statusCode(428);
        as("purchasing").get(ORDERS + "/" + id).then().statusCode(200).body("state", equalTo("DRAFT"));
    }
}
