package com.repaero.supplier.supplier.messaging;

import java.time.Instant;
import java.util.List;

/**
 * Event: the supplier master data of a supplier changed (schema: docs/events/supplier/SupplierUpdated.schema.json).
 * Carries the new state of the identity fields and the names of what changed; bank details are never published,
 * only the fact that they changed ({@code bankAccounts} in {@code changedFields}), which accounting watches for fraud.
 */
public record SupplierUpdated(
        long supplierId,
        int version,
        String legalName,
        String siren,
        String siret,
        String vatNumber,
        String email,
        String paymentTerms,
        List<String> categories,
        List<String> changedFields,
        String updatedBy,
        Instant updatedAt) {
}
