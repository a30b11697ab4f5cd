package com.repaero.customer.invoicing.api;

import static com.repaero.customer.invoicing.Invoicing.INVOICES;
import static com.repaero.customer.invoicing.Invoicing.aDocument;
import static com.repaero.customer.invoicing.Invoicing.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import com.repaero.customer.invoicing.TestCustomers;
import com.repaero.customer.invoicing.domain.DocumentNumbers;
import com.repaero.customer.invoicing.domain.InvoicingClock;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Invoices issued concurrently get consecutive numbers of the year, in the order of their issue: no gap, no duplicate;
 * a failed issue gives its number back.
 */
@QuarkusTest
class InvoiceNumberingTest {

    private static final int INVOICES_TO_ISSUE = 10;

    @Inject
    DocumentNumbers numbers;

    @Test
    void concurrentIssuesGetConsecutiveNumbers() throws Exception {
        long customer = TestCustomers.create();
        List<Long> drafts = new ArrayList<>();
        for (int i = 0; i < INVOICES_TO_ISSUE; i++) {
            drafts.add(aDocument(customer).draft().getLong("id"));
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<String[]>> futures = new ArrayList<>();
        try {
            for (long id : drafts) {
                futures.add(pool.submit(() -> {
                    var issued = as("accounting").post(INVOICES + "/" + id + "/issue").then().statusCode(200)
                            .extract().jsonPath();
                    return new String[]{issued.getString("number"), issued.getString("issuedAt")};
                }));
            }
            String prefix = "FA-" + LocalDate.now(InvoicingClock.ZONE).getYear() + "-";
            List<String[]> issued = new ArrayList<>();
            for (Future<String[]> future : futures) {
                issued.add(future.get());
            }
            List<Long> counters = issued.stream().map(i -> {
                assertThat(i[0]).startsWith(prefix);
                return Long.parseLong(i[0].substring(prefix.length()));
            }).toList();
            assertThat(counters).doesNotHaveDuplicates();
            long min = counters.stream().mapToLong(Long::longValue).min().orElseThrow();
            long max = counters.stream().mapToLong(Long::longValue).max().orElseThrow();
            assertThat(max - min + 1).isEqualTo(INVOICES_TO_ISSUE);
            // Chronological: a higher number was never issued before a lower one.
            List<String[]> byNumber = issued.stream().sorted((a, b) -> a[0].compareTo(b[0])).toList();
            for (int i = 1; i < byNumber.size(); i++) {
                assertThat(java.time.Instant.parse(byNumber.get(i)[1]))
                        .isAfterOrEqualTo(java.time.Instant.parse(byNumber.get(i - 1)[1]));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aRolledBackIssueGivesItsNumberBack() {
        // A year of its own, so that no other test moves this counter.
        int year = 2998;
        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> {
            assertThat(numbers.next("FA", year)).isEqualTo("FA-2998-00001");
            throw new IllegalStateException("the PDF could not be written");
        })).hasMessageContaining("could not be written");
        assertThat(QuarkusTransaction.requiringNew().call(() -> numbers.next("FA", year))).isEqualTo("FA-2998-00001");
        assertThat(QuarkusTransaction.requiringNew().call(() -> numbers.next("FA", year))).isEqualTo("FA-2998-00002");
        // Credit notes have their own sequence.
        assertThat(QuarkusTransaction.requiringNew().call(() -> numbers.next("AV", year))).isEqualTo("AV-2998-00001");
    }
}
