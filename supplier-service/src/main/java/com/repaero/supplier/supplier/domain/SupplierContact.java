package com.repaero.supplier.supplier.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A row of supplier_contact. */
@Embeddable
public class SupplierContact {

    @Column(nullable = false)
    public String name;

    @Column(name = "contact_role")
    public String role;

    public String email;

    public String phone;

    static SupplierContact of(SupplierDetails.Contact c) {
        SupplierContact row = new SupplierContact();
        row.name = c.name();
        row.role = c.role();
        row.email = c.email();
        row.phone = c.phone();
        return row;
    }

    SupplierDetails.Contact toDetails() {
        return new SupplierDetails.Contact(name, role, email, phone);
    }
}
