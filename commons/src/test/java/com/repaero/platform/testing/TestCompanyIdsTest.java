package com.repaero.platform.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

import com.repaero.platform.validation.FrenchCompanyIds;

class TestCompanyIdsTest {

    @Test
    void sirensAreValidAndNeverRepeatAndTheirSiretsToo() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            String siren = TestCompanyIds.nextSiren();
            assertThat(FrenchCompanyIds.isValidSiren(siren)).as(siren).isTrue();
            assertThat(seen.add(siren)).as("unique " + siren).isTrue();
            String siret = TestCompanyIds.siretOf(siren);
            assertThat(siret).startsWith(siren).hasSize(14);
            assertThat(FrenchCompanyIds.isValidSiret(siret)).as(siret).isTrue();
        }
    }
}
