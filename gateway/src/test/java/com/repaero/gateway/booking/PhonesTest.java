package com.repaero.gateway.booking;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Phone numbers as French visitors type them, in the international form the API wants. */
class PhonesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "06 12 34 56 78|+33612345678",
            "06.12.34.56.78|+33612345678",
            "06-12-34-56-78|+33612345678",
            "0561000000|+33561000000",
            "+33 6 12 34 56 78|+33612345678",
            "+33 (0)6 12 34 56 78|+33612345678",
            "0033 6 12 34 56 78|+33612345678",
            "+44 20 7946 0958|+442079460958",
            // Not a number: sent without separators, for the API to refuse with its field error.
            "12 34|1234"})
    void frenchNumbersBecomeInternational(String typed, String expected) {
        assertThat(Phones.normalise(typed)).isEqualTo(expected);
    }
}
