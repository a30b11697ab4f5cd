package com.repaero.customer.payment.api;

import static com.repaero.customer.invoicing.Invoicing.as;
import static com.repaero.customer.payment.Payments.STATEMENTS;
import static com.repaero.customer.payment.Payments.anIssuedInvoiceOfAUniqueAmount;
import static com.repaero.customer.payment.Payments.importStatement;
import static com.repaero.customer.payment.Payments.invoice;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.repaero.customer.invoicing.TestCustomers;
import com.repaero.platform.testing.StatementXml;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** A transfer nothing matches is listed, then a person spreads it over invoices; the rest is the customer's credit. */
@QuarkusTest
class ManualMatchingTest {

    @Test
    void anUnmatchedLineIsAllocatedAcrossInvoices() {
        long customer = TestCustomers.create();
        JsonPath a = anIssuedInvoiceOfAUniqueAmount(customer);
        JsonPath b = anIssuedInvoiceOfAUniqueAmount(customer);
        String remittance = "VIR M DUPONT " + System.nanoTime();
        JsonPath statement = importStatement(StatementXml.aStatement().credit("3000.00", "NOTPROVIDED", remittance)
                .build()).statusCode(201).body("unmatched", equalTo(1)).extract().jsonPath();
        long statementId = statement.getLong("id");
        long lineId = statement.getLong("lines[0].id");
        as("accounting").get("/api/customer/payments/unmatched?size=200").then().statusCode(200)
                .body("items.remittance", hasItem(remittance));

        String url = STATEMENTS + "/" + statementId + "/lines/" + lineId + "/allocations";
        BigDecimal aTotal = new BigDecimal(a.getString("totals.grandTotal"));
        // More than the invoice owes, then more than the line: refused, nothing changes.
        as("accounting").body(Map.of("allocations", List.of(Map.of("invoiceId", a.getLong("id"), "amount",
                aTotal.add(BigDecimal.ONE))))).post(url).then().statusCode(422)
                .body("code", equalTo("amount-exceeds-outstanding"));
        as("accounting").body(Map.of("allocations", List.of(Map.of("invoiceId", 0, "amount", "-1")))).post(url)
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("allocations[0].invoiceId"))
                .body("errors.field", hasItem("allocations[0].amount"));

        as("accounting").body(Map.of("allocations", List.of(
                Map.of("invoiceId", a.getLong("id"), "amount", aTotal.toPlainString()),
                Map.of("invoiceId", b.getLong("id"), "amount", "100.00")))).post(url).then().statusCode(200)
                .body("status", equalTo("MATCHED")).body("matchRule", equalTo("MANUAL"))
                .body("allocations.size()", equalTo(2))
                .body("creditAmount", equalTo(new BigDecimal("2900.00").subtract(aTotal).floatValue()));

        assertThat(invoice(a.getLong("id")).getString("paymentStatus")).isEqualTo("PAID");
        assertThat(invoice(b.getLong("id")).getString("paymentStatus")).isEqualTo("PARTLY_PAID");
        as("accounting").body(Map.of("allocations", List.of(Map.of("invoiceId", b.getLong("id"), "amount", "1.00"))))
                .post(url).then().statusCode(409).body("code", equalTo("line-not-unmatched"));
    }
}
