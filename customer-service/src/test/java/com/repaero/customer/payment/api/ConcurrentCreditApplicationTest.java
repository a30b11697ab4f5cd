package com.repaero.customer.payment.api;

import static com.repaero.customer.invoicing.Invoicing.aDocument;
import static com.repaero.customer.payment.Payments.aCreditOf;
import static com.repaero.customer.payment.Payments.applyCredit;
import static com.repaero.customer.payment.Payments.credit;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

import com.repaero.customer.invoicing.TestCustomers;

import io.quarkus.test.junit.QuarkusTest;

/** Uses of one credit sent at the same moment never spend more than it holds. */
@QuarkusTest
class ConcurrentCreditApplicationTest {

    @Test
    void simultaneousUsesDoNotOverspend() throws Exception {
        long customer = TestCustomers.create();
        long creditId = aCreditOf(customer, "500.00").getLong("id");
        int attempts = 5;
        List<Long> invoices = new ArrayList<>();
        for (int i = 0; i < attempts; i++) {
            invoices.add(aDocument(customer).issued().getLong("id"));
        }

        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(attempts);
        List<Future<Integer>> statuses = new ArrayList<>();
        try {
            for (long invoice : invoices) {
                statuses.add(pool.submit(() -> {
                    start.await();
                    return applyCredit(creditId, Map.of("invoiceId", invoice, "amount", "150.00")).extract()
                            .statusCode();
                }));
            }
            start.countDown();
            List<Integer> codes = new ArrayList<>();
            for (Future<Integer> status : statuses) {
                codes.add(status.get());
            }
            // 3 × 150 fit in 500; the other two find only 50 left.
            assertThat(codes).containsExactlyInAnyOrder(200, 200, 200, 422, 422);
        } finally {
            pool.shutdownNow();
        }
        assertThat(credit(creditId).getString("remaining")).isEqualTo("50.0");
        assertThat(credit(creditId).getList("uses")).hasSize(3);
    }
}
