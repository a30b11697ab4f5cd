package com.repaero.supplier.supplier.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import com.repaero.platform.validation.Iban;

/**
 * Everything a user (or the legacy import) maintains about a supplier, checked for shape at the edge; two values are
 * equal exactly when nothing would change, which the update and the import rely on.
 */
public record SupplierDetails(
        String legalName,
        String siren,
        String siret,
        String vatNumber,
        String email,
        PaymentTerms paymentTerms,
        List<Address> addresses,
        List<Contact> contacts,
        List<BankAccount> bankAccounts,
        List<String> categories) {

    public SupplierDetails {
        legalName = legalName == null ? null : legalName.strip();
        addresses = addresses == null ? List.of() : List.copyOf(addresses);
        contacts = contacts == null ? List.of() : List.copyOf(contacts);
        bankAccounts = bankAccounts == null ? List.of() : List.copyOf(bankAccounts);
        categories = categories == null
                ? List.of()
                : categories.stream().map(String::strip).filter(c -> !c.isEmpty()).distinct().toList();
    }

    /** A postal address; the postal code is 5 digits in France. */
    public record Address(AddressKind kind, String line1, String line2, String postalCode, String city,
            String country) {
    }

    /** A person to talk to at the supplier; phone in E.164 ({@code +33612345678}). */
    public record Contact(String name, String role, String email, String phone) {
    }

    /** An account to pay the supplier's invoices to; exactly one is the default when there are any. */
    public record BankAccount(String iban, String bic, String holder, boolean preferred) {
        public BankAccount {
            iban = Iban.normalize(iban);
        }
    }

    /** The names of the fields that differ from {@code other}, in declaration order. */
    public List<String> changedFrom(SupplierDetails other) {
        List<String> changed = new ArrayList<>();
        compare(changed, "legalName", legalName, other.legalName);
        compare(changed, "siren", siren, other.siren);
        compare(changed, "siret", siret, other.siret);
        compare(changed, "vatNumber", vatNumber, other.vatNumber);
        compare(changed, "email", email, other.email);
        compare(changed, "paymentTerms", paymentTerms, other.paymentTerms);
        compare(changed, "addresses", addresses, other.addresses);
        compare(changed, "contacts", contacts, other.contacts);
        compare(changed, "bankAccounts", bankAccounts, other.bankAccounts);
        compare(changed, "categories", categories, other.categories);
        return changed;
    }

    private static void compare(List<String> changed, String field, Object mine, Object theirs) {
        if (!Objects.equals(mine, theirs)) {
            changed.add(field);
        }
    }
}
