package com.repaero.supplier.supplier.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class SupplierApprovalTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    private static Supplier supplier(ApprovalStatus status, LocalDate until) {
        Supplier supplier = new Supplier();
        supplier.approvalStatus = status;
        supplier.approvedUntil = until;
        return supplier;
    }

    @Test
    void approvedUntilAndIncludingItsExpiryDate() {
        assertThat(supplier(ApprovalStatus.APPROVED, TODAY).isApprovedOn(TODAY)).isTrue();
        assertThat(supplier(ApprovalStatus.APPROVED, TODAY).isApprovedOn(TODAY.plusDays(1))).isFalse();
    }

    @Test
    void notApprovedSuspendedOrWithoutExpiryIsNotApproved() {
        assertThat(supplier(ApprovalStatus.NOT_APPROVED, TODAY.plusYears(1)).isApprovedOn(TODAY)).isFalse();
        assertThat(supplier(ApprovalStatus.SUSPENDED, TODAY.plusYears(1)).isApprovedOn(TODAY)).isFalse();
        assertThat(supplier(ApprovalStatus.APPROVED, null).isApprovedOn(TODAY)).isFalse();
    }
}
