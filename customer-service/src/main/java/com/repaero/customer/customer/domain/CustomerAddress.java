package com.repaero.customer.customer.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** The columns of one postal address of a customer (billing or delivery), embedded in its row. */
@Embeddable
public class CustomerAddress {

    @Column(name = "line1")
    public String line1;

    @Column(name = "line2")
    public String line2;

    @Column(name = "postal")
    public String postalCode;

    @Column(name = "city")
    public String city;

    @Column(name = "country")
    public String country;

    static CustomerAddress of(PostalAddress a) {
        CustomerAddress row = new CustomerAddress();
        if (a != null) {
            row.line1 = a.line1();
            row.line2 = a.line2();
            row.postalCode = a.postalCode();
            row.city = a.city();
            row.country = a.countryCode();
        }
        return row;
    }

    /** Null when no address is recorded (Hibernate may also hand us a null embeddable). */
    static PostalAddress toValue(CustomerAddress row) {
        if (row == null || row.line1 == null && row.postalCode == null && row.city == null) {
            return null;
        }
        return new PostalAddress(row.line1, row.line2, row.postalCode, row.city, row.country);
    }
}
