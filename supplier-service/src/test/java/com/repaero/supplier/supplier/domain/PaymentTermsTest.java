package com.repaero.supplier.supplier.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PaymentTermsTest {

    @ParameterizedTest
    @CsvSource({
            "ON_RECEIPT, 2026-01-10, 2026-01-10",
            "DAYS_30, 2026-01-10, 2026-02-09",
            "DAYS_30_END_OF_MONTH, 2026-01-10, 2026-02-28",
            "DAYS_45, 2026-01-10, 2026-02-24",
            "DAYS_45_END_OF_MONTH, 2026-01-10, 2026-02-28",
            "DAYS_45_END_OF_MONTH, 2026-01-20, 2026-03-31",
            "DAYS_60, 2026-11-23, 2027-01-22",
            "DAYS_30_END_OF_MONTH, 2028-01-30, 2028-02-29"})
    void dueDates(PaymentTerms terms, LocalDate invoiceDate, LocalDate due) {
        assertThat(terms.dueDate(invoiceDate)).isEqualTo(due);
    }
}
