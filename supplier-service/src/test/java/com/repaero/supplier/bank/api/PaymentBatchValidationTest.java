package com.repaero.supplier.bank.api;

import static com.repaero.supplier.bank.PaymentBatches.BATCHES;
import static com.repaero.supplier.bank.PaymentBatches.newKey;
import static com.repaero.supplier.purchasing.Purchasing.as;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** Bad batch requests give problems naming the field, or the rule, never a 500. */
@QuarkusTest
class PaymentBatchValidationTest {

    @Test
    void fieldsAreNamed() {
        as("accounting").header("Idempotency-Key", newKey())
                .body(Map.of("billIds", List.of(), "requestedExecutionDate", LocalDate.now().minusDays(1).toString()))
                .post(BATCHES)
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItems("billIds", "requestedExecutionDate"));
    }

    @Test
    void unapprovedBillIsRefused() {
        as("accounting").header("Idempotency-Key", newKey())
                .body(Map.of("billIds", List.of(987654321L), "requestedExecutionDate", LocalDate.now().toString()))
                .post(BATCHES)
                .then().statusCode(422)
                .contentType("application/problem+json")
                .body("code", equalTo("unknown-bill"));
    }

    @Test
    void purchasingCannotCreate() {
        as("purchasing").header("Idempotency-Key", newKey())
                .body(Map.of("billIds", List.of(1L), "requestedExecutionDate", LocalDate.now().toString()))
                .post(BATCHES)
                .then().statusCode(403)
                .body("status", equalTo(403));
    }

    @Test
    void unknownBatchIs404() {
        as("purchasing").get(BATCHES + "/987654321").then().statusCode(404)
                .contentType("application/problem+json");
    }
}
