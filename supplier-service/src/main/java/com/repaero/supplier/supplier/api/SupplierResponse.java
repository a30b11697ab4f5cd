package com.repaero.supplier.supplier.api;

import java.time.Instant;

import com.repaero.supplier.supplier.domain.Supplier;

/** A supplier as the API shows it. */
public record SupplierResponse(
        long id,
        String legalName,
        String siren,
        String vatNumber,
        String email,
        int version,
        Instant createdAt,
        String createdBy,
        Instant updatedAt,
        String updatedBy) {

    static SupplierResponse of(Supplier s) {
        return new SupplierResponse(s.id, s.legalName, s.siren, s.vatNumber, s.email, s.version, s.createdAt,
                s.createdBy, s.updatedAt, s.updatedBy);
    }
}
