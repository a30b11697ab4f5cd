package com.repaero.customer.invoicing;

import com.repaero.customer.customer.domain.CustomerCard;
import com.repaero.customer.customer.domain.PostalAddress;

import io.quarkus.arc.Arc;

/**
 * The one way invoicing and payment tests get customers. Until the branches are merged it fills
 * {@link FakeCustomerDirectory}; at merge only this class changes (to the real customer API).
 */
public final class TestCustomers {

    private String legalName = "Air Atlantique Maintenance SAS";
    private String siren = "552081317";
    private String vatNumber = "FR23552081317";
    private PostalAddress billing = new PostalAddress("12 avenue Jean Mermoz", "Hangar 3", "44340", "Bouguenais",
            "FR");
    private PostalAddress delivery;
    private String email = "compta@air-atlantique.example";
    private String paymentTerms = "DAYS_30";

    private TestCustomers() {
    }

    public static TestCustomers aCustomer() {
        return new TestCustomers();
    }

    /** A typical French customer, created now; returns its id. */
    public static long create() {
        return aCustomer().build();
    }

    public TestCustomers named(String name) {
        this.legalName = name;
        return this;
    }

    public TestCustomers withoutSiren() {
        this.siren = null;
        this.vatNumber = null;
        return this;
    }

    public TestCustomers withDeliveryAddress(PostalAddress address) {
        this.delivery = address;
        return this;
    }

    public TestCustomers withEmail(String email) {
        this.email = email;
        return this;
    }

    public TestCustomers withPaymentTerms(String code) {
        this.paymentTerms = code;
        return this;
    }

    public long build() {
        return directory().add(new CustomerCard(0, legalName, siren, vatNumber, billing, delivery, email,
                "+33240000000", paymentTerms));
    }

    /** The customer moves: what later invoices snapshot, never the issued ones. */
    public static void rename(long id, String newName) {
        CustomerCard card = directory().find(id).orElseThrow();
        directory().replace(new CustomerCard(id, newName, card.siren(), card.vatNumber(), card.billingAddress(),
                card.deliveryAddress(), card.email(), card.phone(), card.paymentTermsCode()));
    }

    private static FakeCustomerDirectory directory() {
        return Arc.container().instance(FakeCustomerDirectory.class).get();
    }
}
