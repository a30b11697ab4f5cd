package com.repaero.customer.invoicing.domain;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Document numbers: {@code <series>-<year>-<5-digit counter>}, e.g. {@code FA-2026-00001}, and finding them in text. */
public final class DocumentNumber {

    // Tolerates what people type in a transfer's reference: FA 2026 00001, FA-2026-1, fa202600001.
    private static final Pattern INVOICE_REFERENCE = Pattern
            .compile("(?<![A-Z0-9])FA[\\s\\-_/.]*(20\\d{2})[\\s\\-_/.]*(\\d{1,7})(?![0-9])");

    private DocumentNumber() {
    }

    public static String format(String series, int year, long number) {
        if (year < 2000 || year > 9999) {
            throw new IllegalArgumentException("year out of range: " + year);
        }
        if (number < 1) {
            throw new IllegalArgumentException("numbers start at 1: " + number);
        }
        return "%s-%d-%05d".formatted(series, year, number);
    }

    /** The invoice numbers a remittance text or an EndToEndId mentions, in the order they appear. */
    public static Set<String> invoiceNumbersIn(String text) {
        Set<String> numbers = new LinkedHashSet<>();
        if (text == null) {
            return numbers;
        }
        Matcher matcher = INVOICE_REFERENCE.matcher(text.toUpperCase(Locale.ROOT));
        while (matcher.find()) {
            long counter = Long.parseLong(matcher.group(2));
            if (counter > 0) {
                numbers.add(format(InvoiceKind.INVOICE.series(), Integer.parseInt(matcher.group(1)), counter));
            }
        }
        return numbers;
    }
}
