package com.repaero.customer.appointment.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;

/** Signed tokens: accepted as issued, refused when altered, expired, signed with another key or for another use. */
class BookingTokensTest {

    private static final Instant NOW = Instant.parse("2026-06-01T10:00:00Z");
    private final BookingTokens tokens = new BookingTokens("key-one");

    @Test
    void aTokenCarriesItsSubjectUntilItExpires() {
        String token = tokens.sign("manage", "RDV-ABCDEFGH", NOW.plusSeconds(60));

        assertThat(tokens.verify(token, "manage", NOW)).contains("RDV-ABCDEFGH");
        assertThat(tokens.verify(token, "manage", NOW.plusSeconds(61))).isEmpty();
    }

    @Test
    void anAlteredOrForeignTokenIsRefused() {
        String token = tokens.sign("confirm", "RDV-ABCDEFGH", NOW.plusSeconds(60));
        String otherPayload = tokens.sign("confirm", "RDV-ZZZZZZZZ", NOW.plusSeconds(60));
        String forged = otherPayload.substring(0, otherPayload.indexOf('.')) + token.substring(token.indexOf('.'));

        assertThat(tokens.verify(forged, "confirm", NOW)).isEmpty();
        assertThat(tokens.verify(token, "manage", NOW)).isEmpty();
        assertThat(new BookingTokens("key-two").verify(token, "confirm", NOW)).isEmpty();
        assertThat(tokens.verify("not-a-token", "confirm", NOW)).isEmpty();
        assertThat(tokens.verify("%%%.%%%", "confirm", NOW)).isEmpty();
    }

    @Test
    void codesAreSixDigitsAndStoredAsKeyedHashes() {
        assertThat(BookingTokens.sixDigits()).matches("\\d{6}");
        assertThat(tokens.hashCode("RDV-A", "123456")).isEqualTo(tokens.hashCode("RDV-A", "123456"))
                .isNotEqualTo(tokens.hashCode("RDV-B", "123456")).doesNotContain("123456");
    }
}
