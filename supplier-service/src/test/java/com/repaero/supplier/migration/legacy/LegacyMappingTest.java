package com.repaero.supplier.migration.legacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.repaero.supplier.migration.legacy.LegacySupplier.Column;
import com.repaero.supplier.supplier.api.SupplierRequest;

class LegacyMappingTest {

    @ParameterizedTest
    @CsvSource({"05 61 00 00 00,+33561000000", "05.61.00.00.00,+33561000000", "0033 5 61 00 00 00,+33561000000",
            "+49 30 1234567,+49301234567", "5 61,561"})
    void frenchPhoneNumbersBecomeE164(String typed, String e164) {
        assertThat(SupplierImport.e164(typed)).isEqualTo(e164);
    }

    @Test
    void aRowBecomesARequestWithBillingAddressSwitchboardAndDefaultAccount() {
        LegacySupplier row = new LegacySupplier(2, Map.of(Column.CODE, "F1", Column.LEGAL_NAME, " AERO PIECES ",
                Column.SIREN, "732 829 320", Column.POSTAL_CODE, "1000", Column.CITY, "Bourg-en-Bresse",
                Column.ADDRESS, "1 rue X", Column.PHONE, "04 74 00 00 00", Column.IBAN,
                "FR76 3000 6000 0112 3456 7890 189", Column.BIC, "agrifrpp"));
        SupplierRequest request = SupplierImport.toRequest(row, null);
        assertThat(request.siren()).isEqualTo("732829320");
        assertThat(request.addresses().get(0).postalCode()).isEqualTo("01000");
        assertThat(request.addresses().get(0).country()).isEqualTo("FR");
        assertThat(request.contacts().get(0).phone()).isEqualTo("+33474000000");
        assertThat(request.bankAccounts().get(0).bic()).isEqualTo("AGRIFRPP");
        assertThat(request.bankAccounts().get(0).defaultAccount()).isTrue();
        assertThat(request.toDetails().bankAccounts().get(0).iban()).isEqualTo("FR7630006000011234567890189");
    }
}
