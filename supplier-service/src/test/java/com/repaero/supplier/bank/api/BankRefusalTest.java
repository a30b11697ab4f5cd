package com.repaero.supplier.bank.api;

import static com.repaero.supplier.bank.PaymentBatches.BATCHES;
import static com.repaero.supplier.bank.PaymentBatches.anApprovedBill;
import static com.repaero.supplier.bank.PaymentBatches.createBatch;
import static com.repaero.supplier.purchasing.Purchasing.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import org.junit.jupiter.api.Test;

import com.repaero.supplier.bank.BankFake;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** A file refused by the bank gives a 502 problem quoting the bank, and the batch stays to be sent. */
@QuarkusTest
class BankRefusalTest {

    @Test
    void refused() {
        JsonPath batch = createBatch(anApprovedBill().getLong("id"));
        BankFake.connect().answers(batch.getString("messageId"), 400);

        as("accounting").post(BATCHES + "/" + batch.getLong("id") + "/send")
                .then().statusCode(502)
                .contentType("application/problem+json")
                .body("code", equalTo("bank-refused"))
                .body("detail", containsString("HTTP 400"));
        as("purchasing").get(BATCHES + "/" + batch.getLong("id")).then().body("state", equalTo("CREATED"));
        as("purchasing").post(BATCHES + "/" + batch.getLong("id") + "/send").then().statusCode(403);
    }
}
