package com.repaero.supplier.supplier.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class SupplierRulesTest {

    private static final SupplierDetails.Address BILLING = new SupplierDetails.Address(AddressKind.BILLING, "1 rue X",
            null, "31700", "Blagnac", "FR");

    private static SupplierDetails details(String vat, String siret, List<SupplierDetails.Address> addresses,
            List<SupplierDetails.BankAccount> accounts) {
        return new SupplierDetails("Aéro", "732829320", siret, vat, null, null, addresses, List.of(), accounts,
                List.of());
    }

    private static SupplierDetails.BankAccount account(boolean preferred) {
        return new SupplierDetails.BankAccount("FR7630006000011234567890189", null, "Aéro", preferred);
    }

    @Test
    void consistentDetailsBreakNoRule() {
        assertThat(SupplierService.ruleViolations(details("FR44732829320", "73282932000074", List.of(BILLING),
                List.of(account(true), account(false))))).isEmpty();
        assertThat(SupplierService.ruleViolations(details(null, null, List.of(), List.of()))).isEmpty();
    }

    @Test
    void eachBrokenRuleIsReportedWithItsCode() {
        assertThat(SupplierService.ruleViolations(details("FR96552100554", "55210055400013",
                List.of(BILLING, BILLING), List.of(account(false)))))
                .extracting(SupplierService.RuleViolation::code)
                .containsExactly("vat-siren-mismatch", "siret-siren-mismatch", "default-bank-account",
                        "duplicate-address-kind");
        assertThat(SupplierService.ruleViolations(details(null, null, List.of(), List.of(account(true),
                account(true))))).extracting(SupplierService.RuleViolation::code)
                .containsExactly("default-bank-account");
    }
}
