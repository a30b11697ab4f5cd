package com.repaero.supplier.bank;

import static com.repaero.supplier.purchasing.Purchasing.BILLS;
import static com.repaero.supplier.purchasing.Purchasing.as;
import static com.repaero.supplier.purchasing.bill.BillRequests.aBill;
import static com.repaero.supplier.purchasing.bill.ReceivedOrders.aReceivedOrder;
import static com.repaero.supplier.supplier.SupplierRequests.aSupplier;
import static io.restassured.RestAssured.given;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.repaero.platform.testing.TestTokens;
import com.repaero.supplier.supplier.domain.ApprovalStatus;
import com.repaero.supplier.supplier.domain.Supplier;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;

/** API steps for payment tests: approved bills and batches of them. */
public final class PaymentBatches {

    public static final String BATCHES = "/api/supplier/payment-batches";
    public static final String STATEMENTS = "/api/supplier/bank-statements";

    private PaymentBatches() {
    }

    /** An approved supplier with a billing address and a default bank account (SupplierRequests.withMasterData). */
    public static long aPayableSupplier() {
        long id = given().auth().oauth2(TestTokens.forRole("purchasing")).contentType(ContentType.JSON)
                .body(aSupplier().withMasterData().build())
                .post("/api/supplier/suppliers")
                .then().statusCode(201).extract().jsonPath().getLong("id");
        QuarkusTransaction.requiringNew().run(() -> {
            Supplier supplier = Supplier.findById(id);
            supplier.approvalStatus = ApprovalStatus.APPROVED;
            supplier.approvedUntil = LocalDate.now().plusYears(1);
            supplier.approvalScope = "Test parts";
        });
        return id;
    }

    /** An APPROVED bill of 1000.00 net + 200.00 VAT = 1200.00 on a received order. */
    public static JsonPath anApprovedBill() {
        JsonPath order = aReceivedOrder(aPayableSupplier());
        ExtractableResponse<Response> bill = as("accounting").body(aBill(order.getLong("id"))
                .withLine(order.getLong("lines[0].id"), 4, "250.00")
                .with("vatAmount", "200.00").build())
                .post(BILLS).then().statusCode(201).extract();
        return as("accounting").header("If-Match", bill.header("ETag"))
                .post(BILLS + "/" + bill.jsonPath().getLong("id") + "/approve")
                .then().statusCode(200).extract().jsonPath();
    }

    public static Map<String, Object> batchOf(List<Long> billIds) {
        return Map.of("billIds", billIds, "requestedExecutionDate", LocalDate.now().plusDays(2).toString());
    }

    /** Imports a camt.053 statement as accounting; returns the raw response for the caller to check. */
    public static io.restassured.response.ValidatableResponse importStatement(String xml) {
        return as("accounting").contentType("application/xml").body(xml).post(STATEMENTS).then();
    }

    public static String newKey() {
        return UUID.randomUUID().toString();
    }

    /** Creates a batch with a fresh key; returns the batch. */
    public static JsonPath createBatch(long... billIds) {
        return as("accounting").header("Idempotency-Key", newKey())
                .body(batchOf(java.util.Arrays.stream(billIds).boxed().toList()))
                .post(BATCHES).then().log().ifValidationFails().statusCode(201).extract().jsonPath();
    }
}
