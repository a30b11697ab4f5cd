package com.repaero.supplier.purchasing.order.api;

import static com.repaero.supplier.purchasing.OrderRequests.anOrder;
import static com.repaero.supplier.purchasing.Purchasing.ORDERS;
import static com.repaero.supplier.purchasing.Purchasing.as;
import static com.repaero.supplier.purchasing.Purchasing.createOrder;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

import com.repaero.supplier.purchasing.OrderRequests;
import com.repaero.supplier.purchasing.Suppliers;

import io.quarkus.test.junit.QuarkusTest;

/**
 * Several users change the same version at once: one wins, the others get 412 (whether the If-Match check or the
 * version column at flush catches them), never a 500.
 */
@QuarkusTest
class ConcurrentOrderUpdateTest {

    private static final int USERS = 4;

    @Test
    void oneWinsTheOthersAreStale() throws Exception {
        OrderRequests request = anOrder(Suppliers.approved());
        long id = createOrder(request).getLong("id");
        ExecutorService pool = Executors.newFixedThreadPool(USERS);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Integer>> statuses = new ArrayList<>();
            for (int i = 0; i < USERS; i++) {
                int quantity = i + 1;
                statuses.add(pool.submit(() -> {
                    start.await();
                    return as("purchasing").header("If-Match", "\"0\"")
                            .body(anOrder(1).withLineField(0, "quantity", quantity).build())
                            .put(ORDERS + "/" + id).statusCode();
                }));
            }
            start.countDown();
            List<Integer> results = new ArrayList<>();
            for (Future<Integer> status : statuses) {
                results.add(status.get());
            }
            assertThat(results).containsOnly(200, 412);
            assertThat(results).filteredOn(s -> s == 200).hasSize(1);
        } finally {
            pool.shutdownNow();
        }
        as("purchasing").get(ORDERS + "/" + id).then().statusCode(200).header("ETag", "\"1\"");
    }
}
