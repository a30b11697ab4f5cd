package com.repaero.gateway.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;

import org.junit.jupiter.api.Test;

/** French users read French dates, numbers and amounts; the English console keeps day-first dates and euros. */
class ConsoleFormatsTest {

    private final ConsoleFormats french = new ConsoleFormats(ConsoleLocale.FRENCH);
    private final ConsoleFormats english = new ConsoleFormats(ConsoleLocale.ENGLISH);

    @Test
    void frenchDatesInTheWorkshopsZone() {
        // 23:30 UTC on the 22nd is already the 23rd in Paris.
        Instant lateEvening = Instant.parse("2026-11-22T23:30:00Z");
        assertThat(french.date(lateEvening)).isEqualTo("23/11/2026");
        assertThat(french.dateTime(lateEvening)).isEqualTo("23/11/2026 00:30");
        assertThat(english.date(lateEvening)).isEqualTo("23/11/2026");
    }

    @Test
    void frenchMoneyAndNumbers() {
        assertThat(normalizeSpaces(french.money(new BigDecimal("1234.56")))).isEqualTo("1 234,56 €");
        assertThat(normalizeSpaces(french.number(1234567))).isEqualTo("1 234 567");
        assertThat(english.money(new BigDecimal("1234.56"))).isEqualTo("€1,234.56");
    }

    @Test
    void nothingToShowIsEmpty() {
        assertThat(french.date(null)).isEmpty();
        assertThat(french.money(null)).isEmpty();
    }

    /** The JDK separates French thousands with a narrow no-break space (U+202F) and the euro with U+00A0. */
    private static String normalizeSpaces(String text) {
        return text.replace('\u202F', ' ').replace('\u00A0', ' ');
    }
}
