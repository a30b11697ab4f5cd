package com.repaero.platform.validation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class FrenchCompanyIdsTest {

    @ParameterizedTest
    @ValueSource(strings = {"732829320", "552100554", "443061841"})
    void acceptsRealSirens(String siren) {
        assertThat(FrenchCompanyIds.isValidSiren(siren)).isTrue();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"732829321", "12345678", "1234567890", "73282932A", " 73282932"})
    void refusesBadSirens(String siren) {
        assertThat(FrenchCompanyIds.isValidSiren(siren)).isFalse();
    }

    @ParameterizedTest
    @CsvSource({"732829320,FR44732829320", "552100554,FR96552100554"})
    void derivesTheVatKeyFromTheSiren(String siren, String vat) {
        assertThat(FrenchCompanyIds.vatNumberOf(siren)).isEqualTo(vat);
        assertThat(FrenchCompanyIds.isValidVatNumber(vat)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"FR45732829320", "FR44732829321", "DE44732829320", "FR4473282932", "fr44732829320"})
    void refusesBadVatNumbers(String vat) {
        assertThat(FrenchCompanyIds.isValidVatNumber(vat)).isFalse();
    }
}
