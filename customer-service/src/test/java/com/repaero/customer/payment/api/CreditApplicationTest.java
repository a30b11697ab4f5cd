package com.repaero.customer.payment.api;

import static com.repaero.customer.invoicing.Invoicing.aDocument;
import static com.repaero.customer.invoicing.Invoicing.as;
import static com.repaero.customer.payment.Payments.CREDITS;
import static com.repaero.customer.payment.Payments.aCreditOf;
import static com.repaero.customer.payment.Payments.applyCredit;
import static com.repaero.customer.payment.Payments.credit;
import static com.repaero.customer.payment.Payments.invoice;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.util.Map;

import org.junit.jupiter.api.Test;

import com.repaero.customer.invoicing.TestCustomers;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** A customer's credit pays part of one later invoice, then the rest of it all of another. */
@QuarkusTest
class CreditApplicationTest {

    @Test
    void aCreditIsSpentOverTwoInvoices() {
        long customer = TestCustomers.create();
        long creditId = aCreditOf(customer, "500.00").getLong("id");
        long big = aDocument(customer).issued().getLong("id");
        long small = aDocument(customer).line("Contrôle", "1", "200.00", "20").issued().getLong("id");

        applyCredit(creditId, Map.of("invoiceId", big, "amount", "260.00")).statusCode(200)
                .body("use.invoiceId", equalTo((int) big)).body("use.amount", equalTo(260.00f))
                .body("credit.remaining", equalTo(240.00f))
                .body("invoice.paymentStatus", equalTo("PARTLY_PAID"))
                .body("invoice.outstandingAmount", equalTo(940.00f));
        // No amount: all the credit has left, which is what the second invoice owes.
        applyCredit(creditId, Map.of("invoiceId", small)).statusCode(200).body("use.amount", equalTo(240.00f))
                .body("credit.remaining", equalTo(0.00f)).body("invoice.paymentStatus", equalTo("PAID"));

        JsonPath credit = credit(creditId);
        assertThat(credit.getString("amount")).isEqualTo("500.0");
        assertThat(credit.getList("uses.invoiceId", Long.class)).containsExactly(big, small);
        assertThat(credit.getList("uses.appliedBy", String.class)).doesNotContainNull();
        assertThat(invoice(big).getString("paymentStatus")).isEqualTo("PARTLY_PAID");
        assertThat(invoice(small).getString("paymentStatus")).isEqualTo("PAID");
        as("accounting").get(CREDITS + "?customerId=" + customer).then().statusCode(200)
                .body("id", hasItem((int) creditId));
        as("accounting").get(CREDITS + "?open=true&customerId=" + customer).then().statusCode(200)
                .body("id", not(hasItem((int) creditId)));
        applyCredit(creditId, Map.of("invoiceId", big)).statusCode(409).contentType("application/problem+json")
                .body("code", equalTo("credit-used-up"));
    }
}
