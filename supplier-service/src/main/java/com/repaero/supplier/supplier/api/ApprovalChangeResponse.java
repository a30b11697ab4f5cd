package com.repaero.supplier.supplier.api;

import java.time.Instant;
import java.time.LocalDate;

import com.repaero.supplier.supplier.domain.ApprovalStatus;
import com.repaero.supplier.supplier.domain.SupplierApprovalChange;

/** One line of a supplier's approval history. */
public record ApprovalChangeResponse(
        Instant changedAt,
        String changedBy,
        ApprovalStatus fromStatus,
        ApprovalStatus toStatus,
        String scope,
        LocalDate approvedUntil,
        String reason) {

    static ApprovalChangeResponse of(SupplierApprovalChange c) {
        return new ApprovalChangeResponse(c.changedAt, c.changedBy, c.fromStatus, c.toStatus, c.scope,
                c.approvedUntil, c.reason);
    }
}
