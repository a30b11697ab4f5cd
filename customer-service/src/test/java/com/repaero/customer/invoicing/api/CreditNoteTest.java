package com.repaero.customer.invoicing.api;

import static com.repaero.customer.invoicing.Invoicing.INVOICES;
import static com.repaero.customer.invoicing.Invoicing.aDocument;
import static com.repaero.customer.invoicing.Invoicing.as;
import static com.repaero.customer.invoicing.Invoicing.issue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import com.repaero.customer.invoicing.TestCustomers;
import com.repaero.customer.invoicing.domain.InvoicingClock;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** An issued invoice is corrected by credit notes (own AV- sequence), never beyond what it invoiced. */
@QuarkusTest
class CreditNoteTest {

    @Test
    void partialThenFullCredit() {
        JsonPath invoice = aDocument(TestCustomers.create())
                .line("Révision", "2", "500.00", "20")
                .line("Joint torique", "P-1", "10", "3.00", "20", null, null).issued();
        long id = invoice.getLong("id");

        JsonPath partial = as("accounting").body("{\"lines\": [{\"lineNumber\": 2, \"quantity\": 4}], "
                + "\"notes\": \"Joints non utilisés\"}").post(INVOICES + "/" + id + "/credit-notes").then()
                .statusCode(201).body("kind", equalTo("CREDIT_NOTE")).body("state", equalTo("DRAFT"))
                .body("creditedInvoiceNumber", equalTo(invoice.getString("number")))
                .body("totals.grandTotal", equalTo(14.40f)).extract().jsonPath();
        JsonPath issuedNote = issue(partial.getLong("id"));
        assertThat(issuedNote.getString("number"))
                .startsWith("AV-" + LocalDate.now(InvoicingClock.ZONE).getYear() + "-");
        as("accounting").get(INVOICES + "/" + id).then().body("paymentStatus", equalTo("PARTLY_PAID"))
                .body("creditedAmount", equalTo(14.40f)).body("outstandingAmount", equalTo(1221.60f));

        // Crediting everything again would credit more than invoiced.
        as("accounting").post(INVOICES + "/" + id + "/credit-notes").then().statusCode(422)
                .contentType("application/problem+json").body("code", equalTo("credit-exceeds-invoice"));

        // The rest of it: the invoice is settled.
        long rest = as("accounting").body("{\"lines\": [{\"lineNumber\": 1, \"quantity\": 2}, "
                + "{\"lineNumber\": 2, \"quantity\": 6}]}").post(INVOICES + "/" + id + "/credit-notes").then()
                .statusCode(201).extract().jsonPath().getLong("id");
        issue(rest);
        as("accounting").get(INVOICES + "/" + id).then().body("paymentStatus", equalTo("PAID"))
                .body("outstandingAmount", equalTo(0.00f));
    }

    @Test
    void onlyIssuedInvoicesAreCreditedAndQuantitiesAreChecked() {
        long customer = TestCustomers.create();
        long draft = aDocument(customer).draft().getLong("id");
        as("accounting").post(INVOICES + "/" + draft + "/credit-notes").then().statusCode(409)
                .body("code", equalTo("invoice-not-creditable"));
        long issued = aDocument(customer).issued().getLong("id");
        as("accounting").body("{\"lines\": [{\"lineNumber\": 1, \"quantity\": 2}]}")
                .post(INVOICES + "/" + issued + "/credit-notes").then().statusCode(400)
                .body("errors[0].field", equalTo("lines[0].quantity"));
        as("accounting").body("{\"lines\": [{\"lineNumber\": 7, \"quantity\": 1}]}")
                .post(INVOICES + "/" + issued + "/credit-notes").then().statusCode(400)
                .body("errors[0].field", equalTo("lines[0].lineNumber"));
    }
}
