package com.repaero.customer.invoicing.api;

import static com.repaero.customer.invoicing.Invoicing.INVOICES;
import static com.repaero.customer.invoicing.Invoicing.QUOTES;
import static com.repaero.customer.invoicing.Invoicing.aDocument;
import static com.repaero.customer.invoicing.Invoicing.as;
import static org.hamcrest.Matchers.equalTo;

import org.junit.jupiter.api.Test;

import com.repaero.customer.invoicing.TestCustomers;
import com.repaero.customer.payment.Payments;
import com.repaero.platform.testing.StatementXml;

import io.quarkus.test.junit.QuarkusTest;

/**
 * Who may do what: accounting and admin write invoices and payments; sales drafts quotes and reads invoices (their PDF
 * too) but neither issues nor sees the bank; other roles see nothing of it.
 */
@QuarkusTest
class InvoicingRolesTest {

    @Test
    void salesQuotesAndReadsAccountingInvoices() {
        long customer = TestCustomers.create();
        as("sales").body(aDocument(customer).build()).post(QUOTES).then().statusCode(201);
        as("sales").body(aDocument(customer).build()).post(INVOICES).then().statusCode(403)
                .contentType("application/problem+json");
        long draft = aDocument(customer).draft().getLong("id");
        as("sales").post(INVOICES + "/" + draft + "/issue").then().statusCode(403);
        as("admin").post(INVOICES + "/" + draft + "/issue").then().statusCode(200);
        as("sales").get(INVOICES + "/" + draft).then().statusCode(200).body("state", equalTo("ISSUED"));
        as("sales").get(INVOICES + "/" + draft + "/pdf").then().statusCode(200).contentType("application/pdf");
        as("sales").get(INVOICES + "?customerId=" + customer).then().statusCode(200).body("total", equalTo(1));
        as("sales").contentType("application/xml").body(StatementXml.aStatement().credit("1.00").build())
                .post(Payments.STATEMENTS).then().statusCode(403);
    }

    @Test
    void workshopRolesSeeNoInvoice() {
        long id = aDocument(TestCustomers.create()).draft().getLong("id");
        for (String role : new String[]{"technician", "team-lead", "storekeeper", "purchasing"}) {
            as(role).get(INVOICES + "/" + id).then().statusCode(403);
            as(role).get(QUOTES).then().statusCode(403);
        }
        as("accounting").get(INVOICES + "/" + id + "/pdf").then().statusCode(409)
                .contentType("application/problem+json").body("code", equalTo("invoice-not-issued"));
    }
}
