package com.repaero.customer.invoicing.api;

import static com.repaero.customer.invoicing.Invoicing.INVOICES;
import static com.repaero.customer.invoicing.Invoicing.aDocument;
import static com.repaero.customer.invoicing.Invoicing.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import com.repaero.customer.customer.domain.PostalAddress;
import com.repaero.customer.invoicing.TestCustomers;
import com.repaero.customer.invoicing.domain.InvoicingClock;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** A draft is edited, then issued: number, dates, buyer snapshot; from then on it is never edited or deleted. */
@QuarkusTest
class InvoiceLifecycleTest {

    @Test
    void issuingNumbersDatesAndSnapshotsTheBuyer() {
        long customer = TestCustomers.aCustomer().withPaymentTerms("DAYS_45_END_OF_MONTH")
                .withDeliveryAddress(new PostalAddress("Zone de fret", null, "31700", "Blagnac", "FR")).build();
        JsonPath draft = aDocument(customer).with("buyerReference", "PO-4711").draft();
        assertThat(draft.getString("state")).isEqualTo("DRAFT");
        assertThat(draft.getString("number")).isNull();
        assertThat(draft.getString("buyer")).as("no snapshot before issue").isNull();
        long id = draft.getLong("id");
        // Lists name the customer of a draft too (its current name, until the snapshot at issue).
        as("accounting").queryParam("customerId", customer).get(INVOICES).then().statusCode(200)
                .body("items.find { it.id == " + id + " }.buyerName", equalTo("Air Atlantique Maintenance SAS"));

        // A draft can be replaced.
        as("accounting").header("If-Match", "\"0\"")
                .body(aDocument(customer).line("Révision", "2", "500.00", "20").build())
                .put(INVOICES + "/" + id).then().statusCode(200).body("totals.grandTotal", equalTo(1200.00f));

        JsonPath issued = as("accounting").post(INVOICES + "/" + id + "/issue").then().statusCode(200)
                .body("number", startsWith("FA-" + LocalDate.now(InvoicingClock.ZONE).getYear() + "-"))
                .extract().jsonPath();
        LocalDate today = LocalDate.now(InvoicingClock.ZONE);
        assertThat(issued.getString("issueDate")).isEqualTo(today.toString());
        assertThat(issued.getString("dueDate")).isEqualTo(today.plusDays(45)
                .with(java.time.temporal.TemporalAdjusters.lastDayOfMonth()).toString());
        assertThat(issued.getString("paymentStatus")).isEqualTo("UNPAID");
        assertThat(issued.getString("buyer.legalName")).isEqualTo("Air Atlantique Maintenance SAS");
        assertThat(issued.getString("buyer.siren")).isEqualTo(TestCustomers.sirenOf(customer));
        assertThat(issued.getString("buyer.deliveryAddress.line1")).isEqualTo("Zone de fret");
        assertThat(issued.getFloat("outstandingAmount")).isEqualTo(1200.00f);

        // The customer changes afterwards: the issued invoice keeps what it printed.
        TestCustomers.rename(customer, "Air Atlantique Group");
        as("sales").get(INVOICES + "/" + id).then().statusCode(200)
                .body("buyer.legalName", equalTo("Air Atlantique Maintenance SAS"));
    }

    @Test
    void anIssuedInvoiceIsNeverEditedDeletedOrIssuedAgain() {
        long customer = TestCustomers.create();
        JsonPath issued = aDocument(customer).issued();
        long id = issued.getLong("id");
        String etag = "\"" + issued.getInt("version") + "\"";

        as("accounting").header("If-Match", etag).body(aDocument(customer).build()).put(INVOICES + "/" + id)
                .then().statusCode(409).contentType("application/problem+json").body("code", equalTo("invoice-issued"));
        as("admin").delete(INVOICES + "/" + id).then().statusCode(409).contentType("application/problem+json")
                .body("code", equalTo("invoice-issued"));
        as("accounting").post(INVOICES + "/" + id + "/issue").then().statusCode(409)
                .body("code", equalTo("invoice-issued"));
        as("accounting").get(INVOICES + "/" + id).then().body("number", equalTo(issued.getString("number")))
                .body("totals.grandTotal", equalTo(1200.00f));
    }

    @Test
    void aDraftCanBeDeleted() {
        long id = aDocument(TestCustomers.create()).draft().getLong("id");
        as("accounting").delete(INVOICES + "/" + id).then().statusCode(204);
        as("accounting").get(INVOICES + "/" + id).then().statusCode(404);
    }

    @Test
    void issuingNeedsTheBuyersSiren() {
        long id = aDocument(TestCustomers.aCustomer().withoutSiren().build()).draft().getLong("id");
        as("accounting").post(INVOICES + "/" + id + "/issue").then().statusCode(422)
                .contentType("application/problem+json").body("code", equalTo("buyer-siren-missing"));
        as("accounting").get(INVOICES + "/" + id).then().body("state", equalTo("DRAFT"));
    }
}
