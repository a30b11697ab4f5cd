package com.repaero.platform.validation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class IbanTest {

    @ParameterizedTest
    @ValueSource(strings = {"FR7630006000011234567890189", "FR76 3000 6000 0112 3456 7890 189",
            "fr7630006000011234567890189", "DE89370400440532013000", "GB82WEST12345698765432", "BE68539007547034",
            "NL91ABNA0417164300", "CH9300762011623852957", "NO9386011117947"})
    void acceptsValidIbans(String iban) {
        assertThat(Iban.isValid(iban)).isTrue();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"FR7630006000011234567890188", // wrong check digits
            "FR763000600001123456789018", // one digit short for France
            "DE8937040044053201300", // one digit short for Germany
            "XX7630006000011234567890189", // no such country
            "FRAB30006000011234567890189", // check digits must be digits
            "FR76300060000112345678901!9", "FR"})
    void refusesInvalidIbans(String iban) {
        assertThat(Iban.isValid(iban)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"AGRIFRPP", "AGRIFRPP882", "DEUTDEFF500"})
    void acceptsBics(String bic) {
        assertThat(Iban.isValidBic(bic)).isTrue();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"AGRIFRP", "AGRIFRPP88", "agrifrpp", "1GRIFRPP", "AGRIFRPP8821"})
    void refusesBadBics(String bic) {
        assertThat(Iban.isValidBic(bic)).isFalse();
    }

    @org.junit.jupiter.api.Test
    void normalizesToTheElectronicForm() {
        assertThat(Iban.normalize("fr76 3000 6000 0112 3456 7890 189")).isEqualTo("FR7630006000011234567890189");
    }
}
