package com.repaero.supplier.bank.api;

import static com.repaero.supplier.bank.PaymentBatches.BATCHES;
import static com.repaero.supplier.bank.PaymentBatches.anApprovedBill;
import static com.repaero.supplier.bank.PaymentBatches.batchOf;
import static com.repaero.supplier.bank.PaymentBatches.newKey;
import static com.repaero.supplier.purchasing.Purchasing.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.prowidesoftware.swift.model.mx.MxPain00100109;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** Two approved bills make one batch whose pain.001 carries one transfer per bill, keyed by its EndToEndId. */
@QuarkusTest
class PaymentBatchCreatedTest {

    @Test
    void batchAndItsFile() {
        JsonPath first = anApprovedBill();
        JsonPath second = anApprovedBill();

        JsonPath batch = as("accounting").header("Idempotency-Key", newKey())
                .body(batchOf(List.of(first.getLong("id"), second.getLong("id"))))
                .post(BATCHES)
                .then().statusCode(201)
                .header("Location", matchesPattern(".*/api/supplier/payment-batches/\\d+"))
                .body("state", equalTo("CREATED"))
                .body("numberOfTransactions", equalTo(2))
                .body("controlSum", equalTo(2400.00f))
                .body("payments[0].state", equalTo("PENDING"))
                .extract().jsonPath();
        long id = batch.getLong("id");
        String endToEndId = batch.getString("payments[0].endToEndId");
        assertThat(endToEndId).isEqualTo("RA-" + id + "-" + batch.getLong("payments[0].billId"));
        assertThat(batch.getString("payments[1].endToEndId")).isNotEqualTo(endToEndId);

        var download = as("accounting").get(BATCHES + "/" + id + "/pain001")
                .then().statusCode(200)
                .contentType(matchesPattern("application/xml.*"))
                .header("Content-Disposition", equalTo("attachment; filename=\"" + batch.getString("messageId")
                        + ".xml\""))
                .extract().asString();
        var payment = MxPain00100109.parse(download).getCstmrCdtTrfInitn().getPmtInf().get(0);
        assertThat(payment.getCdtTrfTxInf()).extracting(t -> t.getPmtId().getEndToEndId())
                .containsExactly(endToEndId, batch.getString("payments[1].endToEndId"));
        var transfer = payment.getCdtTrfTxInf().get(0);
        assertThat(transfer.getRmtInf().getUstrd()).containsExactly(
                first.getLong("id") == batch.getLong("payments[0].billId")
                        ? first.getString("invoiceNumber")
                        : second.getString("invoiceNumber"));
        assertThat(transfer.getCdtrAcct().getId().getIBAN()).isEqualTo("FR7630006000011234567890189");
        assertThat(transfer.getCdtr().getPstlAdr().getTwnNm()).isEqualTo("Blagnac");
        assertThat(payment.getReqdExctnDt().getDt().toString()).isEqualTo(batch.getString("requestedExecutionDate"));

        as("purchasing").get(BATCHES + "/" + id).then().statusCode(200).body("id", equalTo((int) id));
        as("purchasing").get(BATCHES + "/" + id + "/pain001").then().statusCode(403);
    }
}
