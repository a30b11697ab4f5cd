package com.repaero.customer.invoicing.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Numbers are series-year-counter, and are found in what customers write in their transfers. */
class DocumentNumberTest {

    @Test
    void formatsWithFiveDigitsThatGrowPastTheLimit() {
        assertThat(DocumentNumber.format("FA", 2026, 1)).isEqualTo("FA-2026-00001");
        assertThat(DocumentNumber.format("AV", 2026, 123456)).isEqualTo("AV-2026-123456");
        assertThatThrownBy(() -> DocumentNumber.format("FA", 2026, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void findsInvoiceNumbersHoweverTheyAreTyped() {
        assertThat(DocumentNumber.invoiceNumbersIn("Facture FA-2026-00012 et fa 2026 13, FA202600014"))
                .containsExactly("FA-2026-00012", "FA-2026-00013", "FA-2026-00014");
        assertThat(DocumentNumber.invoiceNumbersIn("REF SOFA-2026-00001 AV-2026-00001 FA-2026-00000")).isEmpty();
        assertThat(DocumentNumber.invoiceNumbersIn(null)).isEmpty();
    }
}
