package com.repaero.customer.customer.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.repaero.platform.validation.FrenchCompanyIds;

/** The rules beyond shape, which the booking path and the import rely on as much as the API. */
class CustomerRulesTest {

    private static final String SIREN = "732829320";

    private static CustomerDetails details(String siren, String siret, String vat) {
        return new CustomerDetails("Avia Sud", siren, siret, vat, null, null, null, null, null, null, null, null);
    }

    @Test
    void aConsistentCustomerBreaksNoRule() {
        assertThat(CustomerService.ruleViolations(details(SIREN, "73282932000074", "FR44732829320"))).isEmpty();
    }

    @Test
    void aFrenchVatNumberMustBeTheSirens() {
        assertThat(CustomerService.ruleViolations(details(SIREN, null, FrenchCompanyIds.vatNumberOf("552100554"))))
                .extracting(CustomerService.RuleViolation::code).containsExactly("vat-siren-mismatch");
    }

    @Test
    void aSiretMustBeOfTheSiren() {
        assertThat(CustomerService.ruleViolations(details("552100554", "73282932000074", null)))
                .extracting(CustomerService.RuleViolation::code).containsExactly("siret-siren-mismatch");
    }

    @Test
    void aForeignVatNumberNeedsNoSiren() {
        assertThat(CustomerService.ruleViolations(details(null, null, "DE123456789"))).isEmpty();
    }

    @Test
    void theCountryDefaultsToFrance() {
        assertThat(details(SIREN, null, null).isFrench()).isTrue();
    }

    @Test
    void changedFieldsAreNamedInOrder() {
        CustomerDetails before = details(SIREN, null, null);
        CustomerDetails after = new CustomerDetails("Avia Sud SAS", SIREN, null, null, "FR", null, null, null, null,
                PaymentTerms.DAYS_30, null,
                List.of(new CustomerDetails.Contact("Léa", null, null, null, null, null)));
        assertThat(after.changedFrom(before)).containsExactly("legalName", "paymentTerms", "contacts");
        assertThat(before.changedFrom(details(SIREN, null, null))).isEmpty();
    }
}
