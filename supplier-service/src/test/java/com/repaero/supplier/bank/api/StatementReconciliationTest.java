package com.repaero.supplier.bank.api;

import static com.repaero.supplier.bank.PaymentBatches.STATEMENTS;
import static com.repaero.supplier.bank.PaymentBatches.anApprovedBill;
import static com.repaero.supplier.bank.PaymentBatches.createBatch;
import static com.repaero.supplier.bank.PaymentBatches.importStatement;
import static com.repaero.supplier.purchasing.Purchasing.BILLS;
import static com.repaero.supplier.purchasing.Purchasing.as;
import static org.hamcrest.Matchers.equalTo;

import org.junit.jupiter.api.Test;

import com.repaero.platform.testing.StatementXml;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** Debit lines match our transfers on EndToEndId: full → PAID, partial → PARTLY_PAID; a re-import changes nothing. */
@QuarkusTest
class StatementReconciliationTest {

    @Test
    void fullPartialAndGrouped() {
        long full = anApprovedBill().getLong("id");
        long partial = anApprovedBill().getLong("id");
        long groupedA = anApprovedBill().getLong("id");
        long groupedB = anApprovedBill().getLong("id");
        JsonPath batch = createBatch(full, partial, groupedA, groupedB);
        StatementXml xml = StatementXml.aStatement()
                .debit("1200.00", batch.getString("payments.find { it.billId == " + full + " }.endToEndId"))
                .debit("700.00", batch.getString("payments.find { it.billId == " + partial + " }.endToEndId"))
                .groupedDebit("2400.00", "1200.00",
                        batch.getString("payments.find { it.billId == " + groupedA + " }.endToEndId"), "1200.00",
                        batch.getString("payments.find { it.billId == " + groupedB + " }.endToEndId"))
                .credit("99.00");

        int id = importStatement(xml.build()).statusCode(201)
                .body("statementId", equalTo(xml.id()))
                .body("lines", equalTo(5))
                .body("matched", equalTo(4))
                .body("unmatched", equalTo(0))
                .body("ignored", equalTo(1))
                .extract().path("id");

        as("accounting").get(BILLS + "/" + full).then().body("state", equalTo("PAID"));
        as("accounting").get(BILLS + "/" + partial).then().body("state", equalTo("PARTLY_PAID"));
        as("accounting").get(BILLS + "/" + groupedA).then().body("state", equalTo("PAID"));
        as("accounting").get(BILLS + "/" + groupedB).then().body("state", equalTo("PAID"));
        as("accounting").get("/api/supplier/payment-batches/" + batch.getLong("id")).then()
                .body("payments.find { it.billId == " + partial + " }.paidAmount", equalTo(700.00f))
                .body("payments.find { it.billId == " + partial + " }.state", equalTo("PARTLY_PAID"));

        // The same statement again: same statement, nothing paid twice.
        importStatement(xml.build()).statusCode(200).body("id", equalTo(id));
        as("accounting").get("/api/supplier/payment-batches/" + batch.getLong("id")).then()
                .body("payments.find { it.billId == " + partial + " }.paidAmount", equalTo(700.00f));
        as("accounting").get(STATEMENTS + "/" + id + "/unmatched").then().statusCode(200)
                .body("size()", equalTo(0));
    }
}
