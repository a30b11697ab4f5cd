package com.repaero.customer.payment.api;

import static com.repaero.customer.invoicing.Invoicing.aDocument;
import static com.repaero.customer.payment.Payments.aCreditOf;
import static com.repaero.customer.payment.Payments.applyCredit;
import static com.repaero.customer.payment.Payments.credit;
import static com.repaero.customer.payment.Payments.invoice;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.util.Map;

import org.junit.jupiter.api.Test;

import com.repaero.customer.invoicing.TestCustomers;

import io.quarkus.test.junit.QuarkusTest;

/** What a credit may not pay is refused with its reason, and neither the credit nor the invoice changes. */
@QuarkusTest
class CreditApplicationRefusalTest {

    @Test
    void refusedUsesChangeNothing() {
        long customer = TestCustomers.create();
        long creditId = aCreditOf(customer, "300.00").getLong("id");
        long open = aDocument(customer).issued().getLong("id");
        long othersInvoice = aDocument(TestCustomers.create()).issued().getLong("id");
        long draft = aDocument(customer).draft().getLong("id");
        long small = aDocument(customer).line("Contrôle", "1", "100.00", "20").issued().getLong("id");
        long paid = aDocument(customer).line("Contrôle", "1", "100.00", "20").issued().getLong("id");
        applyCredit(creditId, Map.of("invoiceId", paid)).statusCode(200).body("invoice.paymentStatus",
                equalTo("PAID"));

        refused(creditId, Map.of("invoiceId", othersInvoice), 422, "credit-customer-mismatch");
        refused(creditId, Map.of("invoiceId", open, "amount", "180.01"), 422, "amount-exceeds-credit");
        refused(creditId, Map.of("invoiceId", small, "amount", "150.00"), 422, "amount-exceeds-outstanding");
        refused(creditId, Map.of("invoiceId", paid, "amount", "1.00"), 409, "invoice-already-paid");
        refused(creditId, Map.of("invoiceId", draft), 422, "invoice-not-payable");
        applyCredit(creditId, Map.of("invoiceId", 0, "amount", "0")).statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItem("invoiceId"))
                .body("errors.field", hasItem("amount"));
        applyCredit(Long.MAX_VALUE, Map.of("invoiceId", open)).statusCode(404);

        assertThat(credit(creditId).getString("remaining")).isEqualTo("180.0");
        assertThat(credit(creditId).getList("uses")).hasSize(1);
        assertThat(invoice(open).getString("paymentStatus")).isEqualTo("UNPAID");
        assertThat(invoice(small).getString("paymentStatus")).isEqualTo("UNPAID");
        assertThat(invoice(othersInvoice).getString("paymentStatus")).isEqualTo("UNPAID");
    }

    private static void refused(long creditId, Map<String, Object> body, int status, String code) {
        applyCredit(creditId, body).statusCode(status).contentType("application/problem+json")
                .body("code", equalTo(code)).body("type", equalTo(typeOf(code)));
    }

    private static String typeOf(String code) {
        return "urn:repaero:problem:" + code;
    }
}
