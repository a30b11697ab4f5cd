package com.repaero.supplier.bank.api;

import static com.repaero.supplier.bank.PaymentBatches.BATCHES;
import static com.repaero.supplier.bank.PaymentBatches.anApprovedBill;
import static com.repaero.supplier.bank.PaymentBatches.createBatch;
import static com.repaero.supplier.purchasing.Purchasing.BILLS;
import static com.repaero.supplier.purchasing.Purchasing.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import org.junit.jupiter.api.Test;

import com.repaero.supplier.bank.BankFake;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** A batch taken by the bank is SENT, its bills IN_PAYMENT; sending it again is refused and sends nothing. */
@QuarkusTest
class PaymentBatchSendTest {

    @Test
    void sentOnce() {
        long bill = anApprovedBill().getLong("id");
        JsonPath batch = createBatch(bill);
        String messageId = batch.getString("messageId");
        BankFake bank = BankFake.connect();
        bank.answers(messageId, 201);

        as("accounting").post(BATCHES + "/" + batch.getLong("id") + "/send")
                .then().statusCode(200)
                .body("state", equalTo("SENT"))
                .body("sentAt", notNullValue())
                .body("payments[0].state", equalTo("SENT"));

        assertThat(bank.received(messageId)).hasSize(1);
        assertThat(bank.received(messageId).get(0).getBodyAsString())
                .contains("<EndToEndId>" + batch.getString("payments[0].endToEndId") + "</EndToEndId>");
        as("accounting").get(BILLS + "/" + bill).then().statusCode(200).body("state", equalTo("IN_PAYMENT"));

        as("accounting").post(BATCHES + "/" + batch.getLong("id") + "/send")
                .then().statusCode(409)
                .contentType("application/problem+json")
                .body("code", equalTo("batch-already-sent"));
        assertThat(bank.received(messageId)).hasSize(1);
    }
}
