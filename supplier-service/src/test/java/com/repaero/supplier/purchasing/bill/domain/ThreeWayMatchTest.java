package com.repaero.supplier.purchasing.bill.domain;

import static com.repaero.supplier.purchasing.bill.domain.DiscrepancyKind.AMOUNT_DIFFERENT;
import static com.repaero.supplier.purchasing.bill.domain.DiscrepancyKind.LINE_NOT_ORDERED;
import static com.repaero.supplier.purchasing.bill.domain.DiscrepancyKind.PRICE_DIFFERENT;
import static com.repaero.supplier.purchasing.bill.domain.DiscrepancyKind.QUANTITY_BILLED_NOT_RECEIVED;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

class ThreeWayMatchTest {

    private static final ThreeWayMatch STRICT = match("0", "0", "0");
    private static final ThreeWayMatch TOLERANT = match("10", "2", "5");

    private static ThreeWayMatch match(String quantityPercent, String pricePercent, String amountEur) {
        return new ThreeWayMatch(new ThreeWayMatch.Tolerances(new BigDecimal(quantityPercent),
                new BigDecimal(pricePercent), new BigDecimal(amountEur)));
    }

    /** Order line 1: 100.00 EUR each, {@code accepted} accepted, {@code billedElsewhere} already billed. */
    private static ThreeWayMatch.OrderedLine ordered(String accepted, String billedElsewhere) {
        return new ThreeWayMatch.OrderedLine(1, new BigDecimal("100.00"), new BigDecimal(accepted),
                new BigDecimal(billedElsewhere));
    }

    private static ThreeWayMatch.BilledLine billed(int line, ThreeWayMatch.OrderedLine ordered, String quantity,
            String price) {
        return new ThreeWayMatch.BilledLine(line, ordered, new BigDecimal(quantity), new BigDecimal(price));
    }

    @Test
    void billingWhatWasReceivedAtTheOrderedPriceMatches() {
        assertThat(STRICT.match(List.of(billed(1, ordered("10", "0"), "10", "100")))).isEmpty();
    }

    @Test
    void billingMoreThanAcceptedIsAQuantityDiscrepancy() {
        List<Discrepancy> found = STRICT.match(List.of(billed(1, ordered("8", "0"), "10", "100")));
        assertThat(found).singleElement().satisfies(d -> {
            assertThat(d.kind).isEqualTo(QUANTITY_BILLED_NOT_RECEIVED);
            assertThat(d.lineNumber).isEqualTo(1);
            assertThat(d.expected).isEqualByComparingTo("8");
            assertThat(d.actual).isEqualByComparingTo("10");
        });
    }

    @Test
    void whatEarlierBillsBilledIsNotAvailableAgain() {
        List<Discrepancy> found = STRICT.match(List.of(billed(1, ordered("10", "6"), "5", "100")));
        assertThat(found).extracting(d -> d.kind).containsExactly(QUANTITY_BILLED_NOT_RECEIVED);
        assertThat(found.get(0).expected).isEqualByComparingTo("4");
    }

    @Test
    void twoLinesBillingOneOrderLineAreCheckedTogether() {
        ThreeWayMatch.OrderedLine line = ordered("10", "0");
        List<Discrepancy> found = STRICT.match(List.of(billed(1, line, "6", "100"), billed(2, line, "6", "100")));
        assertThat(found).singleElement().satisfies(d -> {
            assertThat(d.lineNumber).isEqualTo(2);
            assertThat(d.expected).isEqualByComparingTo("4");
        });
    }

    @Test
    void quantityWithinToleranceMatches() {
        // 10 % of 10 accepted: 11 may be billed, 11.001 may not.
        assertThat(TOLERANT.match(List.of(billed(1, ordered("10", "0"), "11", "100")))).isEmpty();
        assertThat(TOLERANT.match(List.of(billed(1, ordered("10", "0"), "11.001", "100"))))
                .extracting(d -> d.kind).contains(QUANTITY_BILLED_NOT_RECEIVED);
    }

    @Test
    void priceOutsideToleranceIsADiscrepancy() {
        assertThat(STRICT.match(List.of(billed(1, ordered("1", "0"), "1", "100.01"))))
                .extracting(d -> d.kind).containsExactly(PRICE_DIFFERENT, AMOUNT_DIFFERENT);
        // 2 % of 100.00: 102.00 is within, 102.01 is not.
        assertThat(TOLERANT.match(List.of(billed(1, ordered("1", "0"), "1", "102.00")))).isEmpty();
        List<Discrepancy> found = TOLERANT.match(List.of(billed(1, ordered("1", "0"), "1", "97.99")));
        assertThat(found).singleElement().satisfies(d -> {
            assertThat(d.kind).isEqualTo(PRICE_DIFFERENT);
            assertThat(d.expected).isEqualByComparingTo("100");
            assertThat(d.actual).isEqualByComparingTo("97.99");
        });
    }

    @Test
    void smallPriceGapsAddUpToAnAmountDiscrepancy() {
        // 1 % over on 10 units: every price within 2 %, but 10.00 EUR over the expected net, beyond 5 EUR.
        List<Discrepancy> found = TOLERANT.match(List.of(billed(1, ordered("10", "0"), "10", "101")));
        assertThat(found).singleElement().satisfies(d -> {
            assertThat(d.kind).isEqualTo(AMOUNT_DIFFERENT);
            assertThat(d.lineNumber).isNull();
            assertThat(d.expected).isEqualByComparingTo("1000.00");
            assertThat(d.actual).isEqualByComparingTo("1010.00");
        });
    }

    @Test
    void aLineThatWasNotOrderedIsReportedWithItsAmount() {
        List<Discrepancy> found = TOLERANT.match(List.of(billed(1, ordered("1", "0"), "1", "100"),
                billed(2, null, "1", "35.50")));
        assertThat(found).singleElement().satisfies(d -> {
            assertThat(d.kind).isEqualTo(LINE_NOT_ORDERED);
            assertThat(d.lineNumber).isEqualTo(2);
            assertThat(d.expected).isNull();
            assertThat(d.actual).isEqualByComparingTo("35.50");
        });
    }
}
