package com.repaero.platform.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LikePatternTest {

    @Test
    void upperCasesAndWrapsTheTerm() {
        assertThat(LikePattern.containsIgnoreCase("  hélices ")).isEqualTo("%HÉLICES%");
    }

    @Test
    void takesTheUsersWildcardsLiterally() {
        assertThat(LikePattern.containsIgnoreCase("100%_a!b")).isEqualTo("%100!%!_A!!B%");
    }
}
