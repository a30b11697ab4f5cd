package com.repaero.supplier.purchasing.api;

import static com.repaero.supplier.purchasing.OrderRequests.anOrder;
import static com.repaero.supplier.purchasing.Purchasing.BILLS;
import static com.repaero.supplier.purchasing.Purchasing.ORDERS;
import static com.repaero.supplier.purchasing.Purchasing.as;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** Each role does its own part: purchasing orders, storekeepers receive, accounting bills; others are refused. */
@QuarkusTest
class PurchasingSecurityTest {

    @Test
    void anonymousCallersAreUnauthenticated() {
        given().contentType(ContentType.JSON).body(anOrder(1).build()).post(ORDERS)
                .then().statusCode(401)
                .contentType("application/problem+json");
        given().get(BILLS).then().statusCode(401);
        given().get(ORDERS + "/1/receipts").then().statusCode(401);
    }

    @Test
    void aTechnicianSeesNothing() {
        as("technician").get(ORDERS).then().statusCode(403).body("code", equalTo("forbidden"));
        as("technician").get(BILLS).then().statusCode(403);
        as("technician").get(ORDERS + "/1/receipts").then().statusCode(403);
    }

    @Test
    void onlyPurchasingAndAdminOrder() {
        for (String role : new String[]{"storekeeper", "accounting", "sales", "team-lead"}) {
            as(role).body(anOrder(1).build()).post(ORDERS).then().statusCode(403);
            as(role).header("If-Match", "\"0\"").post(ORDERS + "/1/send").then().statusCode(403);
            as(role).header("If-Match", "\"0\"").post(ORDERS + "/1/cancel").then().statusCode(403);
            as(role).header("If-Match", "\"0\"").post(ORDERS + "/1/close").then().statusCode(403);
        }
    }

    @Test
    void accountingCannotReceiveGoods() {
        as("accounting").body("{\"lines\": []}").post(ORDERS + "/1/receipts").then().statusCode(403);
    }

    @Test
    void onlyAccountingAndAdminBill() {
        for (String role : new String[]{"purchasing", "storekeeper"}) {
            as(role).body("{}").post(BILLS).then().statusCode(403);
            as(role).header("If-Match", "\"0\"").post(BILLS + "/1/approve").then().statusCode(403);
            as(role).header("If-Match", "\"0\"").post(BILLS + "/1/match").then().statusCode(403);
        }
    }

    @Test
    void readersRead() {
        for (String role : new String[]{"purchasing", "accounting", "storekeeper", "admin"}) {
            as(role).get(ORDERS).then().statusCode(200);
            as(role).get(BILLS).then().statusCode(200);
        }
    }
}
