package com.repaero.customer.invoicing.api;

import static com.repaero.customer.invoicing.Invoicing.INVOICES;
import static com.repaero.customer.invoicing.Invoicing.QUOTES;
import static com.repaero.customer.invoicing.Invoicing.aDocument;
import static com.repaero.customer.invoicing.Invoicing.as;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.repaero.customer.invoicing.TestClock;
import com.repaero.customer.invoicing.TestCustomers;

import io.quarkus.test.junit.QuarkusTest;

/** Sales drafts and sends a quote; once accepted, accounting turns it into an invoice draft; unanswered, it expires. */
@QuarkusTest
class QuoteFlowTest {

    @AfterEach
    void backToToday() {
        TestClock.reset();
    }

    @Test
    void acceptedQuoteBecomesAnInvoiceDraftOnce() {
        long customer = TestCustomers.create();
        long id = as("sales").body(aDocument(customer)
                .line("Révision hélice", "HC-B3TN", "1", "2500.00", "20", "10", null).with("discountPercent", "2")
                .build()).post(QUOTES).then().statusCode(201)
                .body("quoteNumber", startsWith("DE-")).body("state", equalTo("DRAFT"))
                .body("totals.taxBasis", equalTo(2205.00f)).body("totals.grandTotal", equalTo(2646.00f))
                .extract().jsonPath().getLong("id");

        as("sales").post(QUOTES + "/" + id + "/send").then().statusCode(200).body("state", equalTo("SENT"));
        as("sales").post(QUOTES + "/" + id + "/accept").then().statusCode(200).body("state", equalTo("ACCEPTED"));
        // Sales may not invoice.
        as("sales").post(QUOTES + "/" + id + "/invoice").then().statusCode(403);
        long invoice = as("accounting").post(QUOTES + "/" + id + "/invoice").then().statusCode(201)
                .body("state", equalTo("DRAFT")).body("quoteId", equalTo((int) id))
                .body("totals.grandTotal", equalTo(2646.00f)).body("lines[0].partNumber", equalTo("HC-B3TN"))
                .body("operationCategory", equalTo("GOODS"))
                .extract().jsonPath().getLong("id");
        as("accounting").post(QUOTES + "/" + id + "/invoice").then().statusCode(409)
                .body("code", equalTo("quote-already-invoiced"));
        as("sales").get(INVOICES + "/" + invoice).then().statusCode(200);
        as("sales").get(QUOTES + "/" + id).then().body("invoiceId", equalTo((int) invoice));
    }

    @Test
    void aSentQuoteCannotBeEditedAndExpiresUnanswered() {
        long customer = TestCustomers.create();
        long id = as("sales").body(aDocument(customer).build()).post(QUOTES).then().statusCode(201).extract()
                .jsonPath().getLong("id");
        as("sales").post(QUOTES + "/" + id + "/send").then().statusCode(200);
        as("sales").header("If-Match", "\"1\"").body(aDocument(customer).build()).put(QUOTES + "/" + id).then()
                .statusCode(409).body("code", equalTo("quote-not-editable"));

        TestClock.moveDays(31);
        as("sales").post(QUOTES + "/" + id + "/accept").then().statusCode(409)
                .contentType("application/problem+json").body("code", equalTo("quote-expired"));
    }

    @Test
    void aRefusedQuoteIsNotInvoiced() {
        long id = as("sales").body(aDocument(TestCustomers.create()).build()).post(QUOTES).then().statusCode(201)
                .extract().jsonPath().getLong("id");
        as("sales").post(QUOTES + "/" + id + "/refuse").then().statusCode(409).body("code",
                equalTo("invalid-transition"));
        as("sales").post(QUOTES + "/" + id + "/send").then().statusCode(200);
        as("sales").post(QUOTES + "/" + id + "/refuse").then().statusCode(200).body("state", equalTo("REFUSED"));
        as("accounting").post(QUOTES + "/" + id + "/invoice").then().statusCode(409)
                .body("code", equalTo("quote-not-accepted"));
    }
}
