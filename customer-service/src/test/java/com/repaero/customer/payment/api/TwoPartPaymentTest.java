package com.repaero.customer.payment.api;

import static com.repaero.customer.payment.Payments.importStatement;
import static com.repaero.customer.payment.Payments.invoice;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import org.junit.jupiter.api.Test;

import com.repaero.customer.invoicing.Invoicing;
import com.repaero.platform.testing.StatementXml;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** An invoice paid in two transfers on two statements ends PAID; importing a statement again changes nothing. */
@QuarkusTest
class TwoPartPaymentTest {

    @Test
    void firstPartlyPaidThenPaid() {
        JsonPath issued = Invoicing.anIssuedInvoice();
        long id = issued.getLong("id");
        String number = issued.getString("number");

        StatementXml first = StatementXml.aStatement().credit("500.00", "NOTPROVIDED", "Acompte facture " + number);
        importStatement(first.build()).statusCode(201).body("matched", equalTo(1))
                .body("lines[0].matchRule", equalTo("REFERENCE"))
                .body("lines[0].allocations[0].invoiceNumber", equalTo(number));
        JsonPath partly = invoice(id);
        assertThat(partly.getString("paymentStatus")).isEqualTo("PARTLY_PAID");
        assertThat(partly.getFloat("paidAmount")).isEqualTo(500.00f);
        assertThat(partly.getFloat("outstandingAmount")).isEqualTo(700.00f);

        // The same statement again: nothing paid twice.
        importStatement(first.build()).statusCode(200);
        assertThat(invoice(id).getFloat("paidAmount")).isEqualTo(500.00f);

        importStatement(StatementXml.aStatement().credit("700.00", number.replace("-", ""), "Solde").build())
                .statusCode(201).body("matched", equalTo(1));
        JsonPath paid = invoice(id);
        assertThat(paid.getString("paymentStatus")).isEqualTo("PAID");
        assertThat(paid.getFloat("outstandingAmount")).isEqualTo(0.00f);
    }

    @Test
    void aStatementThatIsNotCamt053IsRefused() {
        importStatement("<Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:pain.001.001.09\"/>").statusCode(422)
                .contentType("application/problem+json").body("code", equalTo("unreadable-statement"));
        importStatement("not xml").statusCode(422);
        importStatement(" ").statusCode(400).body("errors[0].field", equalTo("body"));
    }
}
