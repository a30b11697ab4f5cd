package com.repaero.customer.payment.api;

import static com.repaero.customer.invoicing.Invoicing.as;
import static com.repaero.customer.payment.Payments.anIssuedInvoiceOfAUniqueAmount;
import static com.repaero.customer.payment.Payments.importStatement;
import static com.repaero.customer.payment.Payments.invoice;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import com.repaero.customer.invoicing.TestCustomers;
import com.repaero.platform.testing.StatementXml;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * One transfer paying several invoices (naming them, or for exactly what the customer owes), grouped bookings, and an
 * overpayment kept as the customer's credit.
 */
@QuarkusTest
class GroupedPaymentTest {

    @Test
    void oneTransferNamingTwoInvoicesWithTooMuchMoney() {
        long customer = TestCustomers.create();
        JsonPath a = anIssuedInvoiceOfAUniqueAmount(customer);
        JsonPath b = anIssuedInvoiceOfAUniqueAmount(customer);
        BigDecimal total = new BigDecimal(a.getString("totals.grandTotal"))
                .add(new BigDecimal(b.getString("totals.grandTotal")));
        String paid = total.add(new BigDecimal("25.00")).toPlainString();

        importStatement(StatementXml.aStatement().credit(paid, "NOTPROVIDED",
                "Factures " + a.getString("number") + " et " + b.getString("number")).build()).statusCode(201)
                .body("lines[0].allocations.size()", equalTo(2)).body("lines[0].creditAmount", equalTo(25.00f))
                .body("lines[0].customerId", equalTo((int) customer));

        assertThat(invoice(a.getLong("id")).getString("paymentStatus")).isEqualTo("PAID");
        assertThat(invoice(b.getLong("id")).getString("paymentStatus")).isEqualTo("PAID");
        as("accounting").get("/api/customer/payments/credits?customerId=" + customer).then().statusCode(200)
                .body("amount", equalTo(java.util.List.of(25.00f)));
    }

    @Test
    void theCustomersTotalWithoutReferencesAndAGroupedBooking() {
        long customer = TestCustomers.create();
        JsonPath a = anIssuedInvoiceOfAUniqueAmount(customer);
        JsonPath b = anIssuedInvoiceOfAUniqueAmount(customer);
        String total = new BigDecimal(a.getString("totals.grandTotal"))
                .add(new BigDecimal(b.getString("totals.grandTotal"))).toPlainString();
        JsonPath c = anIssuedInvoiceOfAUniqueAmount(TestCustomers.create());
        JsonPath d = anIssuedInvoiceOfAUniqueAmount(TestCustomers.create());

        StatementXml xml = StatementXml.aStatement()
                .credit(total, "NOTPROVIDED", "Reglement releve novembre")
                // One booking, two transfers from two customers, each for exactly one invoice.
                .groupedCredit(new BigDecimal(c.getString("totals.grandTotal"))
                        .add(new BigDecimal(d.getString("totals.grandTotal"))).toPlainString(),
                        c.getString("totals.grandTotal"), "E2E-C", "Paiement",
                        d.getString("totals.grandTotal"), "E2E-D", "Paiement " + d.getString("number"));
        importStatement(xml.build()).statusCode(201).body("lineCount", equalTo(3)).body("matched", equalTo(3))
                .body("lines[0].matchRule", equalTo("CUSTOMER_TOTAL")).body("lines[1].matchRule", equalTo("AMOUNT"))
                .body("lines[2].matchRule", equalTo("REFERENCE"));
        for (JsonPath paid : new JsonPath[]{a, b, c, d}) {
            assertThat(invoice(paid.getLong("id")).getString("paymentStatus")).isEqualTo("PAID");
        }
    }
}
