package com.repaero.gateway.console;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Currency;
import java.util.Locale;

/**
 * Dates, numbers and money as French users read them ({@code 23/11/2026}, {@code 1 234,56 €}); the English console
 * keeps day-month-year dates and euros, with English separators. Times are shown in the workshop's zone.
 */
public final class ConsoleFormats {

    static final ZoneId ZONE = ZoneId.of("Europe/Paris");
    private static final Currency EURO = Currency.getInstance("EUR");

    private final Locale locale;

    public ConsoleFormats(Locale locale) {
        this.locale = "en".equals(locale.getLanguage()) ? Locale.UK : Locale.FRANCE;
    }

    public String date(Instant instant) {
        return instant == null ? "" : DateTimeFormatter.ofPattern("dd/MM/yyyy", locale).format(instant.atZone(ZONE));
    }

    public String dateTime(Instant instant) {
        return instant == null
                ? ""
                : DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm", locale).format(instant.atZone(ZONE));
    }

    public String day(LocalDate day) {
        return day == null ? "" : DateTimeFormatter.ofPattern("dd/MM/yyyy", locale).format(day);
    }

    /** A quantity as read: grouped, no trailing zeros ({@code 1 250,5}). */
    public String quantity(BigDecimal value) {
        if (value == null) {
            return "";
        }
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMaximumFractionDigits(4);
        return format.format(value);
    }

    /** A number to put back in an input: not grouped, the locale's decimal separator ({@code 1250,5}). */
    public String input(BigDecimal value) {
        if (value == null) {
            return "";
        }
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setGroupingUsed(false);
        format.setMaximumFractionDigits(4);
        return format.format(value);
    }

    public String number(long value) {
        return NumberFormat.getIntegerInstance(locale).format(value);
    }

    public String money(BigDecimal amount) {
        if (amount == null) {
            return "";
        }
        NumberFormat format = NumberFormat.getCurrencyInstance(locale);
        format.setCurrency(EURO);
        return format.format(amount);
    }
}
