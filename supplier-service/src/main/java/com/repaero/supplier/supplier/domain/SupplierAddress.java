package com.repaero.supplier.supplier.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** A row of supplier_address. */
@Embeddable
public class SupplierAddress {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public AddressKind kind;

    @Column(nullable = false)
    public String line1;

    public String line2;

    @Column(name = "postal_code", nullable = false)
    public String postalCode;

    @Column(nullable = false)
    public String city;

    @Column(nullable = false)
    public String country;

    static SupplierAddress of(SupplierDetails.Address a) {
        SupplierAddress row = new SupplierAddress();
        row.kind = a.kind();
        row.line1 = a.line1();
        row.line2 = a.line2();
        row.postalCode = a.postalCode();
        row.city = a.city();
        row.country = a.country();
        return row;
    }

    SupplierDetails.Address toDetails() {
        return new SupplierDetails.Address(kind, line1, line2, postalCode, city, country);
    }
}
