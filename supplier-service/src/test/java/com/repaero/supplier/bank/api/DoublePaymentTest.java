package com.repaero.supplier.bank.api;

import static com.repaero.supplier.bank.PaymentBatches.BATCHES;
import static com.repaero.supplier.bank.PaymentBatches.anApprovedBill;
import static com.repaero.supplier.bank.PaymentBatches.batchOf;
import static com.repaero.supplier.bank.PaymentBatches.createBatch;
import static com.repaero.supplier.bank.PaymentBatches.newKey;
import static com.repaero.supplier.purchasing.Purchasing.as;
import static org.hamcrest.Matchers.equalTo;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** A bill already in a batch cannot be put in another one (with another key): 409, never paid twice. */
@QuarkusTest
class DoublePaymentTest {

    @Test
    void secondBatchForTheSameBillIsRefused() {
        long bill = anApprovedBill().getLong("id");
        createBatch(bill);

        as("accounting").header("Idempotency-Key", newKey()).body(batchOf(List.of(bill))).post(BATCHES)
                .then().statusCode(409)
                .contentType("application/problem+json")
                .body("code", equalTo("bill-already-in-batch"));
    }
}
