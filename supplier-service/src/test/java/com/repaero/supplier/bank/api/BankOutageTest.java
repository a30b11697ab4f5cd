package com.repaero.supplier.bank.api;

import static com.repaero.supplier.bank.PaymentBatches.BATCHES;
import static com.repaero.supplier.bank.PaymentBatches.anApprovedBill;
import static com.repaero.supplier.bank.PaymentBatches.createBatch;
import static com.repaero.supplier.purchasing.Purchasing.BILLS;
import static com.repaero.supplier.purchasing.Purchasing.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import org.junit.jupiter.api.Test;

import com.repaero.supplier.bank.BankFake;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** A bank outage gives a 503 problem and leaves the batch as it was: sent again later, it goes once. */
@QuarkusTest
class BankOutageTest {

    @Test
    void retryAfterOutage() {
        long bill = anApprovedBill().getLong("id");
        JsonPath batch = createBatch(bill);
        String messageId = batch.getString("messageId");
        BankFake bank = BankFake.connect();
        bank.answers(messageId, 503);

        as("accounting").post(BATCHES + "/" + batch.getLong("id") + "/send")
                .then().statusCode(503)
                .contentType("application/problem+json")
                .body("code", equalTo("bank-unavailable"));
        as("accounting").get(BATCHES + "/" + batch.getLong("id")).then().body("state", equalTo("CREATED"));
        as("accounting").get(BILLS + "/" + bill).then().body("state", equalTo("APPROVED"));

        bank.answers(messageId, 200);
        as("accounting").post(BATCHES + "/" + batch.getLong("id") + "/send")
                .then().statusCode(200)
                .body("state", equalTo("SENT"));
        assertThat(bank.received(messageId)).hasSize(2);
    }
}
