package com.repaero.supplier.supplier.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class SupplierDetailsTest {

    private static SupplierDetails details(String email, List<String> categories, String iban) {
        return new SupplierDetails("Aéro Pièces", "732829320", "73282932000074", "FR44732829320", email,
                PaymentTerms.DAYS_30, List.of(), List.of(),
                List.of(new SupplierDetails.BankAccount(iban, "AGRIFRPP", "AERO PIECES", true)), categories);
    }

    @Test
    void namesOnlyTheFieldsThatChanged() {
        SupplierDetails before = details("a@b.fr", List.of("rotables"), "FR7630006000011234567890189");
        SupplierDetails after = details("c@d.fr", List.of("rotables"), "DE89370400440532013000");
        assertThat(after.changedFrom(before)).containsExactly("email", "bankAccounts");
        assertThat(before.changedFrom(before)).isEmpty();
    }

    @Test
    void ibanSpacingAndCategoryDuplicatesAreNotChanges() {
        SupplierDetails stored = details("a@b.fr", List.of("rotables", "ATA 32"), "FR7630006000011234567890189");
        SupplierDetails typed = details("a@b.fr", List.of(" rotables", "ATA 32", "rotables", " "),
                "fr76 3000 6000 0112 3456 7890 189");
        assertThat(typed.changedFrom(stored)).isEmpty();
        assertThat(typed.categories()).containsExactly("rotables", "ATA 32");
    }
}
