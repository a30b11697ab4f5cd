package com.repaero.customer.customer.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Everything a user (or the Access import) maintains about a customer, checked for shape at the edge; two values are
 * equal exactly when nothing would change, which the update and the import rely on.
 */
public record CustomerDetails(
        String legalName,
        String siren,
        String siret,
        String vatNumber,
        String country,
        PostalAddress billingAddress,
        PostalAddress deliveryAddress,
        String email,
        String phone,
        PaymentTerms paymentTerms,
        String notes,
        List<Contact> contacts) {

    public CustomerDetails {
        legalName = legalName == null ? null : legalName.strip();
        country = country == null ? "FR" : country;
        contacts = contacts == null ? List.of() : List.copyOf(contacts);
    }

    /**
     * A person to talk to at the customer; phones in E.164 ({@code +33612345678}); {@code legacyKey} is the contact's
     * key in the Access database (null when entered here).
     */
    public record Contact(String name, String role, String email, String phone, String mobile, String legacyKey) {
    }

    /** French companies are identified by their SIREN (mandatory for e-invoicing). */
    public boolean isFrench() {
        return "FR".equals(country);
    }

    /** The names of the fields that differ from {@code other}, in declaration order. */
    public List<String> changedFrom(CustomerDetails other) {
        List<String> changed = new ArrayList<>();
        compare(changed, "legalName", legalName, other.legalName);
        compare(changed, "siren", siren, other.siren);
        compare(changed, "siret", siret, other.siret);
        compare(changed, "vatNumber", vatNumber, other.vatNumber);
        compare(changed, "country", country, other.country);
        compare(changed, "billingAddress", billingAddress, other.billingAddress);
        compare(changed, "deliveryAddress", deliveryAddress, other.deliveryAddress);
        compare(changed, "email", email, other.email);
        compare(changed, "phone", phone, other.phone);
        compare(changed, "paymentTerms", paymentTerms, other.paymentTerms);
        compare(changed, "notes", notes, other.notes);
        compare(changed, "contacts", contacts, other.contacts);
        return changed;
    }

    private static void compare(List<String> changed, String field, Object mine, Object theirs) {
        if (!Objects.equals(mine, theirs)) {
            changed.add(field);
        }
    }
}
