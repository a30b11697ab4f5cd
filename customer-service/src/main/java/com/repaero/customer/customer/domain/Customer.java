package com.repaero.customer.customer.domain;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import org.hibernate.type.NumericBooleanConverter;

import com.repaero.platform.persistence.AuditedEntity;

/** A company Rep'Aero repairs for (or a prospect that booked an appointment). */
@Entity
@Table(name = "customer")
public class Customer extends AuditedEntity {

    @Id
    @SequenceGenerator(name = "customer_seq", sequenceName = "customer_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "customer_seq")
    public Long id;

    @Column(name = "legal_name", nullable = false)
    public String legalName;

    /** Set once: null only for foreign companies and booking prospects not yet completed by sales. */
    public String siren;

    public String siret;

    @Column(name = "vat_number")
    public String vatNumber;

    /** ISO 3166-1 alpha-2 country of the company; FR companies need a SIREN. */
    @Column(nullable = false)
    public String country = "FR";

    @Embedded
    @AttributeOverride(name = "line1", column = @Column(name = "billing_line1"))
    @AttributeOverride(name = "line2", column = @Column(name = "billing_line2"))
    @AttributeOverride(name = "postalCode", column = @Column(name = "billing_postal"))
    @AttributeOverride(name = "city", column = @Column(name = "billing_city"))
    @AttributeOverride(name = "country", column = @Column(name = "billing_country"))
    public CustomerAddress billing = new CustomerAddress();

    @Embedded
    @AttributeOverride(name = "line1", column = @Column(name = "delivery_line1"))
    @AttributeOverride(name = "line2", column = @Column(name = "delivery_line2"))
    @AttributeOverride(name = "postalCode", column = @Column(name = "delivery_postal"))
    @AttributeOverride(name = "city", column = @Column(name = "delivery_city"))
    @AttributeOverride(name = "country", column = @Column(name = "delivery_country"))
    public CustomerAddress delivery = new CustomerAddress();

    public String email;

    public String phone;

    @Enumerated(EnumType.STRING)
    @Column(name = "payment_terms")
    public PaymentTerms paymentTerms;

    public String notes;

    /** The customer's key in the MS Access database (NumClient), for re-running the import; null if created here. */
    @Column(name = "legacy_key")
    public String legacyKey;

    /** Archived customers leave the lists but stay readable: their invoices must be kept for ten years. */
    @Column(nullable = false)
    @Convert(converter = NumericBooleanConverter.class)
    public boolean archived;

    @ElementCollection
    @CollectionTable(name = "customer_contact", joinColumns = @JoinColumn(name = "customer_id"))
    @OrderColumn(name = "position")
    public List<CustomerContact> contacts = new ArrayList<>();

    /** What users maintain, as a value to compare and to publish. */
    public CustomerDetails details() {
        return new CustomerDetails(legalName, siren, siret, vatNumber, country, CustomerAddress.toValue(billing),
                CustomerAddress.toValue(delivery), email, phone, paymentTerms, notes,
                contacts.stream().map(CustomerContact::toDetails).toList());
    }

    /** The card other parts of the service see. */
    public CustomerCard card() {
        return new CustomerCard(id, legalName, siren, vatNumber, CustomerAddress.toValue(billing),
                CustomerAddress.toValue(delivery), email, phone, paymentTerms == null ? null : paymentTerms.name());
    }

    void apply(CustomerDetails details) {
        CustomerDetails current = details();
        legalName = details.legalName();
        siren = details.siren();
        siret = details.siret();
        vatNumber = details.vatNumber();
        country = details.country();
        billing = CustomerAddress.of(details.billingAddress());
        delivery = CustomerAddress.of(details.deliveryAddress());
        email = details.email();
        phone = details.phone();
        paymentTerms = details.paymentTerms();
        notes = details.notes();
        // Only touch the collection when it really changed: Hibernate rewrites (and versions) any collection it sees
        // modified.
        if (!current.contacts().equals(details.contacts())) {
            contacts.clear();
            contacts.addAll(details.contacts().stream().map(CustomerContact::of).toList());
        }
    }

    public static Customer findBySiren(String siren) {
        return find("siren", siren).firstResult();
    }

    public static Customer findByLegacyKey(String legacyKey) {
        return find("legacyKey", legacyKey).firstResult();
    }
}
