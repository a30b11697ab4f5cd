package com.repaero.platform.validation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class SiretTest {

    @ParameterizedTest
    @ValueSource(strings = {"73282932000074", "55210055400013", "35600000000048", "35600000012346"})
    void acceptsValidSirets(String siret) {
        assertThat(FrenchCompanyIds.isValidSiret(siret)).isTrue();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"73282932000075", // wrong key
            "73282932100074", // SIREN part has a wrong key
            "7328293200007", "732829320000740", "7328293200007A", "35600000012345"})
    void refusesInvalidSirets(String siret) {
        assertThat(FrenchCompanyIds.isValidSiret(siret)).isFalse();
    }
}
