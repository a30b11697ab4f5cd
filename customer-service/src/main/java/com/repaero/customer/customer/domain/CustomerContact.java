package com.repaero.customer.customer.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A row of customer_contact. */
@Embeddable
public class CustomerContact {

    @Column(nullable = false)
    public String name;

    @Column(name = "contact_role")
    public String role;

    public String email;

    public String phone;

    public String mobile;

    @Column(name = "legacy_key")
    public String legacyKey;

    static CustomerContact of(CustomerDetails.Contact c) {
        CustomerContact row = new CustomerContact();
        row.name = c.name();
        row.role = c.role();
        row.email = c.email();
        row.phone = c.phone();
        row.mobile = c.mobile();
        row.legacyKey = c.legacyKey();
        return row;
    }

    CustomerDetails.Contact toDetails() {
        return new CustomerDetails.Contact(name, role, email, phone, mobile, legacyKey);
    }
}
