package com.repaero.customer.invoicing.api;

import static com.repaero.customer.invoicing.Invoicing.INVOICES;
import static com.repaero.customer.invoicing.Invoicing.aDocument;
import static com.repaero.customer.invoicing.Invoicing.as;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import org.junit.jupiter.api.Test;

import com.repaero.customer.invoicing.TestCustomers;

import io.quarkus.test.junit.QuarkusTest;

/** Bad input is a 400 problem naming the field, never a 500. */
@QuarkusTest
class InvoiceValidationTest {

    @Test
    void fieldsOfTheLinesAreNamed() {
        long customer = TestCustomers.create();
        as("accounting").body(aDocument(customer)
                .line("Révision", null, "-1", "100", "19.6", "120", null)
                .line("", null, "1", "-5", "20", null, null).build())
                .post(INVOICES).then().statusCode(400).contentType("application/problem+json")
                .body("code", equalTo("validation"))
                .body("errors.field", hasItem("lines[0].quantity"))
                .body("errors.field", hasItem("lines[0].vatRate"))
                .body("errors.field", hasItem("lines[0].discountPercent"))
                .body("errors.field", hasItem("lines[1].description"))
                .body("errors.field", hasItem("lines[1].unitPrice"));
    }

    @Test
    void aZeroRateNeedsOneExemptionReason() {
        long customer = TestCustomers.create();
        as("accounting").body(aDocument(customer).line("Pièce export", "1", "100", "0").build())
                .post(INVOICES).then().statusCode(400)
                .body("errors[0].field", equalTo("lines[0].vatExemptionReason"));
        as("accounting").body(aDocument(customer)
                .line("A", null, "1", "100", "0", null, "Exonération, article 262 ter I du CGI")
                .line("B", null, "1", "100", "0", null, "Autoliquidation").build())
                .post(INVOICES).then().statusCode(400)
                .body("errors[0].field", equalTo("lines[1].vatExemptionReason"));
    }

    @Test
    void theCustomerMustExistAndLinesAreRequired() {
        as("accounting").body(aDocument(999_999).build()).post(INVOICES).then().statusCode(400)
                .body("errors[0].field", equalTo("customerId"));
        as("accounting").body("{\"customerId\": 1, \"lines\": []}").post(INVOICES).then().statusCode(400)
                .body("errors[0].field", equalTo("lines"));
        as("accounting").body("{\"customerId\": 1, \"paymentTerms\": \"DAYS_90\", \"lines\": []}").post(INVOICES)
                .then().statusCode(400).body("errors[0].field", equalTo("paymentTerms"));
    }
}
