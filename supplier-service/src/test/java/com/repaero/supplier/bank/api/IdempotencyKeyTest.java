package com.repaero.supplier.bank.api;

import static com.repaero.supplier.bank.PaymentBatches.BATCHES;
import static com.repaero.supplier.bank.PaymentBatches.anApprovedBill;
import static com.repaero.supplier.bank.PaymentBatches.batchOf;
import static com.repaero.supplier.bank.PaymentBatches.newKey;
import static com.repaero.supplier.purchasing.Purchasing.as;
import static org.hamcrest.Matchers.equalTo;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** The Idempotency-Key: mandatory, a retry returns the same batch, another body with the same key is refused. */
@QuarkusTest
class IdempotencyKeyTest {

    @Test
    void missingKeyIsNamed() {
        long bill = anApprovedBill().getLong("id");

        as("accounting").body(batchOf(List.of(bill))).post(BATCHES)
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("Idempotency-Key"));
    }

    @Test
    void sameKeySameBodyGivesTheSameBatch() {
        long bill = anApprovedBill().getLong("id");
        String key = newKey();

        int id = as("accounting").header("Idempotency-Key", key).body(batchOf(List.of(bill))).post(BATCHES)
                .then().statusCode(201).extract().path("id");

        as("accounting").header("Idempotency-Key", key).body(batchOf(List.of(bill))).post(BATCHES)
                .then().statusCode(200)
                .body("id", equalTo(id));
    }

    @Test
    void sameKeyOtherBodyIsRefused() {
        long bill = anApprovedBill().getLong("id");
        long other = anApprovedBill().getLong("id");
        String key = newKey();
        as("accounting").header("Idempotency-Key", key).body(batchOf(List.of(bill))).post(BATCHES)
                .then().statusCode(201);

        as("accounting").header("Idempotency-Key", key).body(batchOf(List.of(bill, other))).post(BATCHES)
                .then().statusCode(422)
                .contentType("application/problem+json")
                .body("code", equalTo("idempotency-key-reused"));
        // The other bill was not put in any batch: it can still be paid.
        as("accounting").header("Idempotency-Key", newKey()).body(batchOf(List.of(other))).post(BATCHES)
                .then().statusCode(201);
    }
}
