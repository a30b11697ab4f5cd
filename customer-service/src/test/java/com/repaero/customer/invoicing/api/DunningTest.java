package com.repaero.customer.invoicing.api;

import static com.repaero.customer.invoicing.Invoicing.INVOICES;
import static com.repaero.customer.invoicing.Invoicing.aDocument;
import static com.repaero.customer.invoicing.Invoicing.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.repaero.customer.invoicing.TestClock;
import com.repaero.customer.invoicing.TestCustomers;
import com.repaero.customer.notification.Inbox;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * Unpaid invoices get a French reminder by email at +7 and +30 days after their due date, through a real SMTP server,
 * once per step whatever the number of runs; paid ones get none.
 */
@QuarkusTest
class DunningTest {

    @AfterEach
    void backToToday() {
        TestClock.reset();
    }

    @Test
    void oneReminderPerStepNeverTwice() throws Exception {
        String email = "ap-" + System.nanoTime() + "@client.example";
        JsonPath invoice = aDocument(TestCustomers.aCustomer().withEmail(email).withPaymentTerms("ON_RECEIPT")
                .build()).issued();
        long id = invoice.getLong("id");
        String number = invoice.getString("number");

        TestClock.moveDays(6);
        run();
        assertThat(to(email)).isEmpty();

        TestClock.moveDays(8);
        as("accounting").get(INVOICES + "/" + id).then().body("paymentStatus", equalTo("OVERDUE"));
        run();
        run();
        List<Inbox.Email> first = to(email);
        assertThat(first).hasSize(1);
        assertThat(first.get(0).subject()).isEqualTo("Relance : facture " + number + " échue le "
                + java.time.LocalDate.parse(invoice.getString("dueDate"))
                        .format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")));
        String body = first.get(0).text();
        assertThat(body).contains("reste impayée à ce jour pour un montant de 1200,00 €")
                .contains("indemnité forfaitaire pour frais de recouvrement de 40 €");
        assertThat(first.get(0).attachments()).extracting(Inbox.Attachment::name).containsExactly(number + ".pdf");

        TestClock.moveDays(31);
        run();
        run();
        assertThat(to(email)).hasSize(2);
        assertThat(to(email).get(1).subject()).startsWith("2e relance : facture " + number);
        as("accounting").get(INVOICES + "/" + id + "/reminders").then().statusCode(200)
                .body("stepDays", equalTo(List.of(7, 30)));
    }

    @Test
    void aPaidOrCreditedInvoiceIsNotReminded() {
        String email = "paid-" + System.nanoTime() + "@client.example";
        long id = aDocument(TestCustomers.aCustomer().withEmail(email).withPaymentTerms("ON_RECEIPT").build())
                .issued().getLong("id");
        long note = as("accounting").post(INVOICES + "/" + id + "/credit-notes").then().statusCode(201).extract()
                .jsonPath().getLong("id");
        as("accounting").post(INVOICES + "/" + note + "/issue").then().statusCode(200);

        TestClock.moveDays(40);
        run();
        assertThat(to(email)).isEmpty();
    }

    private static void run() {
        as("accounting").post("/api/customer/dunning/run").then().statusCode(200);
    }

    private static List<Inbox.Email> to(String email) {
        return Inbox.of(email);
    }

}
