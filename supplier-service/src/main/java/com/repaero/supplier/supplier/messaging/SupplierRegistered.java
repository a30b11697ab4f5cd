package com.repaero.supplier.supplier.messaging;

import java.time.Instant;

/** Event: a new supplier entered the supplier master (schema: docs/events/supplier/SupplierRegistered.json). */
public record SupplierRegistered(
        long supplierId,
        String legalName,
        String siren,
        String vatNumber,
        String email,
        String registeredBy,
        Instant registeredAt) {
}
