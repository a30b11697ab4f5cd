package com.repaero.gateway.console;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What people type, read the French way: {@code 1 250,50} or {@code 1250.50} are the same amount, {@code 15/12/2026}
 * and {@code 2026-12-15} (what a date input sends) the same day. Blank is "not given" (null); a value that cannot be
 * read is invalid, reported next to its field before anything is sent to a service.
 */
public final class FormValues {

    /** A typed value as read: the value (null when blank or invalid) and whether it could not be read. */
    public record Parsed<T>(T value, boolean invalid) {
        static <T> Parsed<T> of(T value) {
            return new Parsed<>(value, false);
        }

        static <T> Parsed<T> unreadable() {
            return new Parsed<>(null, true);
        }
    }

    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u202F€]");
    private static final DateTimeFormatter FRENCH_DATE = DateTimeFormatter.ofPattern("d/M/uuuu");

    private FormValues() {
    }

    public static Parsed<BigDecimal> decimal(String typed) {
        if (blank(typed)) {
            return Parsed.of(null);
        }
        String value = SPACES.matcher(typed).replaceAll("");
        if (value.contains(",") && value.contains(".")) {
            // 1.250,50: the dot groups thousands
            value = value.replace(".", "");
        }
        value = value.replace(',', '.');
        try {
            return Parsed.of(new BigDecimal(value));
        } catch (NumberFormatException e) {
            return Parsed.unreadable();
        }
    }

    public static Parsed<LocalDate> date(String typed) {
        if (blank(typed)) {
            return Parsed.of(null);
        }
        String value = typed.strip();
        try {
            return Parsed.of(LocalDate.parse(value));
        } catch (DateTimeParseException e) {
            try {
                return Parsed.of(LocalDate.parse(value, FRENCH_DATE));
            } catch (DateTimeParseException e2) {
                return Parsed.unreadable();
            }
        }
    }

    /** One serial number per line (or separated by commas or semicolons), blanks dropped. */
    public static List<String> list(String typed) {
        if (blank(typed)) {
            return List.of();
        }
        return Pattern.compile("[\\r\\n,;]+").splitAsStream(typed).map(String::strip).filter(s -> !s.isEmpty())
                .toList();
    }

    public static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    public static String orEmpty(String value) {
        return value == null ? "" : value;
    }

    /** A trimmed value, or null when blank (the services take null for "not given"). */
    public static String trimmed(String value) {
        return blank(value) ? null : value.strip();
    }

    /** The i-th value of a repeated form field, or "" when the browser sent fewer. */
    public static String at(List<String> values, int index) {
        return values != null && index < values.size() && values.get(index) != null ? values.get(index) : "";
    }
}
