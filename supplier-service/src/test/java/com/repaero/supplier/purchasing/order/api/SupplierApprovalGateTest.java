package com.repaero.supplier.purchasing.order.api;

import static com.repaero.supplier.purchasing.OrderRequests.anOrder;
import static com.repaero.supplier.purchasing.Purchasing.ORDERS;
import static com.repaero.supplier.purchasing.Purchasing.as;
import static com.repaero.supplier.purchasing.Purchasing.createOrder;
import static com.repaero.supplier.purchasing.Purchasing.etag;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import java.util.Map;

import org.junit.jupiter.api.Test;

import com.repaero.supplier.purchasing.Suppliers;

import io.quarkus.test.junit.QuarkusTest;

/** Orders go only to approved suppliers, unless an admin overrides with a reason that stays on the order. */
@QuarkusTest
class SupplierApprovalGateTest {

    private static final Map<String, String> REASON = Map.of("overrideReason", "AOG: sole source, audit planned");

    @Test
    void aSupplierNeverApprovedIsRefused() {
        long id = createOrder(anOrder(Suppliers.notApproved())).getLong("id");
        as("purchasing").header("If-Match", etag(id)).post(ORDERS + "/" + id + "/send")
                .then().statusCode(422)
                .contentType("application/problem+json")
                .body("code", equalTo("supplier-not-approved"));
        as("purchasing").get(ORDERS + "/" + id).then().body("state", equalTo("DRAFT"));
    }

    @Test
    void anExpiredApprovalIsRefused() {
        long id = createOrder(anOrder(Suppliers.expired())).getLong("id");
        as("purchasing").header("If-Match", etag(id)).post(ORDERS + "/" + id + "/send")
                .then().statusCode(422)
                .body("code", equalTo("supplier-not-approved"));
    }

    @Test
    void onlyAnAdminMayOverride() {
        long id = createOrder(anOrder(Suppliers.notApproved())).getLong("id");
        as("purchasing").header("If-Match", etag(id)).body(REASON).post(ORDERS + "/" + id + "/send")
                .then().statusCode(422)
                .body("code", equalTo("supplier-not-approved"));
        as("admin").header("If-Match", etag(id)).body(Map.of("overrideReason", " ")).post(ORDERS + "/" + id + "/send")
                .then().statusCode(422);

        as("admin").header("If-Match", etag(id)).body(REASON).post(ORDERS + "/" + id + "/send")
                .then().statusCode(200)
                .body("state", equalTo("SENT"));
        as("accounting").get(ORDERS + "/" + id)
                .then().statusCode(200)
                .body("approvalOverride.reason", equalTo(REASON.get("overrideReason")))
                .body("approvalOverride.by", equalTo("admin"))
                .body("approvalOverride.at", notNullValue());
    }
}
