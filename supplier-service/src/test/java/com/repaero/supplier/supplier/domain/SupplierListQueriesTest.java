package com.repaero.supplier.supplier.domain;

import static com.repaero.supplier.supplier.SupplierApi.register;
import static com.repaero.supplier.supplier.SupplierRequests.aSupplier;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/**
 * A page of suppliers costs a fixed number of SQL statements whatever its size: no query per supplier (N+1), in the
 * summary as in the full view.
 */
@QuarkusTest
class SupplierListQueriesTest {

    @Test
    void aPageCostsTheSameStatementsWhateverItsSize() {
        String tag = "queries-" + System.nanoTime();
        for (int i = 0; i < 24; i++) {
            register(aSupplier().withMasterData().with("categories", List.of(tag, "rotables")));
        }
        SupplierSearch.Criteria criteria = new SupplierSearch.Criteria(null, null, 30, tag, null, false,
                LocalDate.now());

        // The page's rows, their cities, their categories, and the count (a full page cannot tell the total).
        assertThat(listing(criteria, 3)).hasSize(4);
        assertThat(listing(criteria, 20)).hasSize(4);
        // A partial page tells the total itself: no count.
        assertThat(listing(criteria, 50)).hasSize(3);

        // Full suppliers: the rows, one query per collection for the whole page, the count.
        assertThat(full(criteria, 3)).hasSize(6);
        // 20 suppliers: more than Hibernate's default batch of 16, still one query per collection.
        assertThat(full(criteria, 20)).hasSize(6);
    }

    private static List<String> listing(SupplierSearch.Criteria criteria, int size) {
        return QuarkusTransaction.requiringNew().call(() -> StatementCounter.during(() -> {
            SupplierSearch.Page<SupplierSearch.Listing> page = SupplierSearch.listing(criteria, 0, size);
            assertThat(page.total()).isEqualTo(24);
            assertThat(page.items()).allSatisfy(l -> {
                assertThat(l.categories()).hasSize(2);
                assertThat(l.city()).isEqualTo("Blagnac");
            });
        }));
    }

    private static List<String> full(SupplierSearch.Criteria criteria, int size) {
        return QuarkusTransaction.requiringNew().call(() -> StatementCounter.during(() -> {
            SupplierSearch.Page<Supplier> page = SupplierSearch.suppliers(criteria, 0, size);
            assertThat(page.total()).isEqualTo(24);
            // What the API maps: every collection of every supplier of the page.
            page.items().forEach(Supplier::details);
        }));
    }
}
