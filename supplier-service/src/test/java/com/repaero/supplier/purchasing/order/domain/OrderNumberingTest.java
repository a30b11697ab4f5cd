package com.repaero.supplier.purchasing.order.domain;

import static com.repaero.supplier.purchasing.OrderRequests.anOrder;
import static com.repaero.supplier.purchasing.Purchasing.ORDERS;
import static com.repaero.supplier.purchasing.Purchasing.as;
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

import com.repaero.supplier.purchasing.Suppliers;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/** Orders created concurrently get consecutive numbers of the current year: no gap, no duplicate, even on rollback. */
@QuarkusTest
class OrderNumberingTest {

    private static final int ORDERS_TO_CREATE = 12;

    @Test
    void concurrentCreationsGetConsecutiveNumbers() throws Exception {
        long supplierId = Suppliers.approved();
        List<Future<String>> futures = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            for (int i = 0; i < ORDERS_TO_CREATE; i++) {
                futures.add(pool.submit(() -> as("purchasing").body(anOrder(supplierId).build()).post(ORDERS)
                        .then().statusCode(201).extract().jsonPath().getString("orderNumber")));
            }
            List<Long> numbers = new ArrayList<>();
            String prefix = "PO-" + LocalDate.now(PurchaseOrderService.ZONE).getYear() + "-";
            for (Future<String> future : futures) {
                String number = future.get();
                assertThat(number).startsWith(prefix);
                numbers.add(Long.parseLong(number.substring(prefix.length())));
            }
            long min = numbers.stream().mapToLong(Long::longValue).min().orElseThrow();
            assertThat(numbers).doesNotHaveDuplicates();
            assertThat(numbers.stream().mapToLong(Long::longValue).max().orElseThrow() - min + 1)
                    .isEqualTo(ORDERS_TO_CREATE);
        } finally {
            pool.shutdownNow();
        }
    }

    @Inject
    OrderNumbers orderNumbers;

    @Test
    void aRolledBackCreationGivesItsNumberBack() {
        // A year of its own, so that no other test moves this counter.
        int year = 2999;
        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> {
            assertThat(orderNumbers.next(year)).isEqualTo("PO-2999-00001");
            throw new IllegalStateException("the order could not be saved");
        })).hasMessageContaining("could not be saved");
        assertThat(QuarkusTransaction.requiringNew().call(() -> orderNumbers.next(year))).isEqualTo("PO-2999-00001");
        assertThat(QuarkusTransaction.requiringNew().call(() -> orderNumbers.next(year))).isEqualTo("PO-2999-00002");
    }
}
