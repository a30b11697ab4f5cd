package com.repaero.supplier.purchasing.bill.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.repaero.supplier.purchasing.order.domain.InvalidTransition;

class VendorBillStateTest {

    @ParameterizedTest
    @CsvSource({"RECEIVED, MATCHED, true", "RECEIVED, DISCREPANCY, true", "RECEIVED, APPROVED, false",
            "DISCREPANCY, MATCHED, true", "DISCREPANCY, APPROVED, true", "MATCHED, APPROVED, true",
            "MATCHED, DISCREPANCY, false", "APPROVED, PAID, true", "APPROVED, MATCHED, false", "PAID, APPROVED, false"})
    void transitions(VendorBillState from, VendorBillState to, boolean allowed) {
        assertThat(from.canMoveTo(to)).isEqualTo(allowed);
    }

    @Test
    void aMatchWithoutFindingsMatchesAndOneWithFindingsKeepsThem() {
        VendorBill bill = new VendorBill();
        bill.invoiceNumber = "FA-1";
        bill.matched(List.of(new Discrepancy(1, DiscrepancyKind.LINE_NOT_ORDERED, null, null)), Instant.now());
        assertThat(bill.state).isEqualTo(VendorBillState.DISCREPANCY);
        assertThat(bill.discrepancies).hasSize(1);
        bill.matched(List.of(), Instant.now());
        assertThat(bill.state).isEqualTo(VendorBillState.MATCHED);
        assertThat(bill.discrepancies).isEmpty();
        assertThatThrownBy(() -> bill.matched(List.of(), Instant.now())).isInstanceOf(InvalidTransition.class);
    }

    @Test
    void invoiceNumbersAreComparedWithoutCaseAndSeparators() {
        assertThat(VendorBill.invoiceNumberKey("fa 2026/001")).isEqualTo(VendorBill.invoiceNumberKey("FA-2026.001"));
        assertThat(VendorBill.invoiceNumberKey("FA-2026-001")).isNotEqualTo(VendorBill.invoiceNumberKey("FA-2026-01"));
    }
}
