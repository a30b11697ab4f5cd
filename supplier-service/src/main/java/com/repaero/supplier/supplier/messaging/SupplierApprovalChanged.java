package com.repaero.supplier.supplier.messaging;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Event: a supplier was approved, suspended or un-approved (schema:
 * docs/events/supplier/SupplierApprovalChanged.schema.json). Purchasing stops ordering on anything but APPROVED.
 */
public record SupplierApprovalChanged(
        long supplierId,
        String legalName,
        String siren,
        String fromStatus,
        String toStatus,
        String scope,
        LocalDate approvedUntil,
        String reason,
        String changedBy,
        Instant changedAt) {
}
