package com.repaero.customer.invoicing.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Totals rounded per line and per VAT rate, adding up as EN 16931's BR-CO rules require. */
class DocumentTotalsTest {

    private static LineInput line(String quantity, String unitPrice, String rate, String discount) {
        return new LineInput("x", null, new BigDecimal(quantity), new BigDecimal(unitPrice), new BigDecimal(rate),
                rate.equals("0") ? "Exonération" : null, discount == null ? null : new BigDecimal(discount));
    }

    @Test
    void eachLineIsRoundedToTheCentBeforeItIsSummed() {
        // 3 × 0.3333 = 0.9999 → 1.00 per line; summing unrounded amounts would give 2.00 instead of 2.00 + 0.00.
        DocumentTotals totals = DocumentTotals.of(List.of(line("3", "0.3333", "20", null),
                line("3", "0.3333", "20", null)), null);
        assertThat(totals.lines()).extracting(DocumentTotals.LineAmounts::net)
                .containsExactly(new BigDecimal("1.00"), new BigDecimal("1.00"));
        assertThat(totals.linesNet()).isEqualByComparingTo("2.00");
        assertThat(totals.vatTotal()).isEqualByComparingTo("0.40");
        assertThat(totals.grandTotal()).isEqualByComparingTo("2.40");
    }

    @Test
    void vatIsRoundedOncePerRateNotPerLine() {
        // Per line: 0.0205 → 0.02 three times = 0.06; per rate: 0.3075 × 20 %... 3 × 0.1025 = 0.3075 → 0.31 net.
        DocumentTotals totals = DocumentTotals.of(List.of(line("1", "0.1025", "20", null),
                line("1", "0.1025", "20", null), line("1", "0.1025", "20", null)), null);
        // Each line net is 0.10 (0.1025 rounded), the rate's base 0.30, its VAT 0.06.
        assertThat(totals.linesNet()).isEqualByComparingTo("0.30");
        assertThat(totals.breakdown()).singleElement().satisfies(v -> {
            assertThat(v.taxableAmount()).isEqualByComparingTo("0.30");
            assertThat(v.vatAmount()).isEqualByComparingTo("0.06");
        });
        DocumentTotals odd = DocumentTotals.of(List.of(line("1", "0.05", "5.5", null), line("1", "0.05", "5.5",
                null), line("1", "0.05", "5.5", null)), null);
        // 0.15 × 5.5 % = 0.00825 → 0.01 once; line by line it would be 3 × 0.00 = 0.00.
        assertThat(odd.vatTotal()).isEqualByComparingTo("0.01");
    }

    @Test
    void lineDiscountsAndTheDocumentDiscountSplitPerRate() {
        DocumentTotals totals = DocumentTotals.of(List.of(
                line("3", "123.4567", "20", "10"), // gross 370.37, discount 37.04, net 333.33
                line("2.5", "80", "10", null), // 200.00
                line("1", "50", "0", null)), // 50.00 exempt
                new BigDecimal("5"));
        assertThat(totals.lines().get(0)).isEqualTo(new DocumentTotals.LineAmounts(new BigDecimal("370.37"),
                new BigDecimal("37.04"), new BigDecimal("333.33")));
        assertThat(totals.breakdown()).extracting(DocumentTotals.VatBreakdown::rate)
                .containsExactly(new BigDecimal("20"), new BigDecimal("10"), new BigDecimal("0"));
        DocumentTotals.VatBreakdown twenty = totals.breakdown().get(0);
        assertThat(twenty.allowance()).isEqualByComparingTo("16.67"); // 5 % of 333.33
        assertThat(twenty.taxableAmount()).isEqualByComparingTo("316.66");
        assertThat(twenty.vatAmount()).isEqualByComparingTo("63.33"); // 63.332
        DocumentTotals.VatBreakdown ten = totals.breakdown().get(1);
        assertThat(ten.taxableAmount()).isEqualByComparingTo("190.00");
        assertThat(ten.vatAmount()).isEqualByComparingTo("19.00");
        DocumentTotals.VatBreakdown exempt = totals.breakdown().get(2);
        assertThat(exempt.category()).isEqualTo("E");
        assertThat(exempt.exemptionReason()).isEqualTo("Exonération");
        assertThat(exempt.vatAmount()).isEqualByComparingTo("0.00");

        // BR-CO-10, 11, 13, 14, 15.
        assertThat(totals.linesNet()).isEqualByComparingTo("583.33");
        assertThat(totals.allowanceTotal()).isEqualByComparingTo(twenty.allowance().add(ten.allowance())
                .add(exempt.allowance()));
        assertThat(totals.taxBasis()).isEqualByComparingTo(totals.linesNet().subtract(totals.allowanceTotal()));
        assertThat(totals.vatTotal()).isEqualByComparingTo("82.33");
        assertThat(totals.grandTotal()).isEqualByComparingTo(totals.taxBasis().add(totals.vatTotal()));
    }

    @Test
    void halfACentRoundsUp() {
        assertThat(DocumentTotals.of(List.of(line("1", "0.125", "20", null)), null).linesNet())
                .isEqualByComparingTo("0.13");
    }
}
