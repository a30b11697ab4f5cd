package com.repaero.supplier.purchasing.bill.api;

import static com.repaero.supplier.purchasing.OrderRequests.aLine;
import static com.repaero.supplier.purchasing.OrderRequests.anOrderWithoutLines;
import static com.repaero.supplier.purchasing.Purchasing.BILLS;
import static com.repaero.supplier.purchasing.Purchasing.acceptedLine;
import static com.repaero.supplier.purchasing.Purchasing.as;
import static com.repaero.supplier.purchasing.Purchasing.receive;
import static com.repaero.supplier.purchasing.Purchasing.sentOrder;
import static com.repaero.supplier.purchasing.bill.BillRequests.aBill;
import static com.repaero.supplier.purchasing.bill.ReceivedOrders.aReceivedOrder;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.repaero.supplier.purchasing.Suppliers;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** Discrepancies are listed; such a bill is approved only by an admin with a reason, or matched again later. */
@QuarkusTest
class BillDiscrepancyTest {

    @Test
    void priceAndUnorderedChargeNeedAnAdminWithAReason() {
        JsonPath order = aReceivedOrder();
        var created = as("accounting").body(aBill(order.getLong("id"))
                .withLine(order.getLong("lines[0].id"), 4, "260.00")
                .withCharge("Freight", "45.00").build())
                .post(BILLS)
                .then().statusCode(201)
                .body("state", equalTo("DISCREPANCY"))
                .body("discrepancies.kind", containsInAnyOrder("PRICE_DIFFERENT", "LINE_NOT_ORDERED",
                        "AMOUNT_DIFFERENT"))
                .body("discrepancies.find { it.kind == 'PRICE_DIFFERENT' }.lineNumber", equalTo(1))
                .body("discrepancies.find { it.kind == 'PRICE_DIFFERENT' }.expected", equalTo(250))
                .body("discrepancies.find { it.kind == 'PRICE_DIFFERENT' }.actual", equalTo(260))
                .body("discrepancies.find { it.kind == 'LINE_NOT_ORDERED' }.lineNumber", equalTo(2))
                .extract();
        long id = created.jsonPath().getLong("id");
        String etag = created.header("ETag");

        as("accounting").header("If-Match", etag).body(Map.of("reason", "agreed"))
                .post(BILLS + "/" + id + "/approve")
                .then().statusCode(422)
                .contentType("application/problem+json")
                .body("code", equalTo("bill-has-discrepancies"));
        as("admin").header("If-Match", etag).post(BILLS + "/" + id + "/approve")
                .then().statusCode(422);

        as("admin").header("If-Match", etag).body(Map.of("reason", "Price rise agreed on 20/11"))
                .post(BILLS + "/" + id + "/approve")
                .then().statusCode(200)
                .body("state", equalTo("APPROVED"))
                .body("approvedBy", equalTo("admin"))
                .body("approvalOverrideReason", equalTo("Price rise agreed on 20/11"));
    }

    @Test
    void billedBeforeReceivedMatchesOnceTheGoodsAreAccepted() {
        JsonPath order = sentOrder(anOrderWithoutLines(Suppliers.approved()).withLine(aLine("PUMP-3", 2, "EA", "900")));
        long lineId = order.getLong("lines[0].id");
        Map<String, Object> quarantined = acceptedLine(lineId, 1);
        quarantined.put("inspectionResult", "QUARANTINED");
        quarantined.put("quarantineReason", "Damaged packaging");
        receive(order.getLong("id"), List.of(quarantined));

        var created = as("accounting").body(aBill(order.getLong("id")).withLine(lineId, 1, "900").build())
                .post(BILLS)
                .then().statusCode(201)
                .body("state", equalTo("DISCREPANCY"))
                .body("discrepancies", hasSize(1))
                .body("discrepancies[0].kind", equalTo("QUANTITY_BILLED_NOT_RECEIVED"))
                .body("discrepancies[0].expected", equalTo(0))
                .body("discrepancies[0].actual", equalTo(1))
                .extract();

        receive(order.getLong("id"), List.of(acceptedLine(lineId, 1)));
        as("accounting").header("If-Match", created.header("ETag"))
                .post(BILLS + "/" + created.jsonPath().getLong("id") + "/match")
                .then().statusCode(200)
                .body("state", equalTo("MATCHED"))
                .body("discrepancies", hasSize(0));
    }

    @Test
    void rematchNeedsTheCurrentVersion() {
        JsonPath order = aReceivedOrder();
        long id = as("accounting").body(aBill(order.getLong("id")).withCharge("Freight", "45.00").build())
                .post(BILLS).then().statusCode(201).extract().jsonPath().getLong("id");
        as("accounting").post(BILLS + "/" + id + "/match").then().statusCode(428);
        as("accounting").header("If-Match", "\"7\"").post(BILLS + "/" + id + "/match").then().statusCode(412);
    }
}
