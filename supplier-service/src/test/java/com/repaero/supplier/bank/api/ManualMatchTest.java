package com.repaero.supplier.bank.api;

import static com.repaero.supplier.bank.PaymentBatches.STATEMENTS;
import static com.repaero.supplier.bank.PaymentBatches.anApprovedBill;
import static com.repaero.supplier.bank.PaymentBatches.createBatch;
import static com.repaero.supplier.bank.PaymentBatches.importStatement;
import static com.repaero.supplier.purchasing.Purchasing.BILLS;
import static com.repaero.supplier.purchasing.Purchasing.as;
import static org.hamcrest.Matchers.equalTo;

import java.util.Map;

import org.junit.jupiter.api.Test;

import com.repaero.platform.testing.StatementXml;

import io.quarkus.test.junit.QuarkusTest;

/** A line the bank returned without our EndToEndId is listed as unmatched and matched by hand with the bill. */
@QuarkusTest
class ManualMatchTest {

    @Test
    void unmatchedThenMatchedByHand() {
        long bill = anApprovedBill().getLong("id");
        createBatch(bill);
        StatementXml xml = StatementXml.aStatement().debit("1200.00", "UNKNOWN-REF-1");
        int id = importStatement(xml.build()).statusCode(201).body("unmatched", equalTo(1)).extract().path("id");

        int lineId = as("accounting").get(STATEMENTS + "/" + id + "/unmatched").then().statusCode(200)
                .body("size()", equalTo(1))
                .body("[0].endToEndId", equalTo("UNKNOWN-REF-1"))
                .body("[0].amount", equalTo(1200.00f))
                .extract().path("[0].id");

        as("accounting").body(Map.of()).post(STATEMENTS + "/" + id + "/lines/" + lineId + "/match")
                .then().statusCode(400).body("errors[0].field", equalTo("billId"));
        as("accounting").body(Map.of("billId", bill)).post(STATEMENTS + "/" + id + "/lines/" + lineId + "/match")
                .then().statusCode(200)
                .body("status", equalTo("MATCHED"))
                .body("billId", equalTo((int) bill))
                .body("matchedBy", equalTo("accounting"));
        as("accounting").get(BILLS + "/" + bill).then().body("state", equalTo("PAID"));
        as("accounting").body(Map.of("billId", bill)).post(STATEMENTS + "/" + id + "/lines/" + lineId + "/match")
                .then().statusCode(409).body("code", equalTo("line-not-unmatched"));
        as("accounting").get(STATEMENTS + "/" + id + "/unmatched").then().body("size()", equalTo(0));
    }

    @Test
    void unreadableStatementIsRefused() {
        importStatement("<Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:pain.001.001.09\"/>").statusCode(422)
                .contentType("application/problem+json")
                .body("code", equalTo("unreadable-statement"));
        as("purchasing").contentType("application/xml").body(StatementXml.aStatement().build()).post(STATEMENTS)
                .then().statusCode(403);
    }
}
