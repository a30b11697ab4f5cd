package com.repaero.customer.invoicing.facturx;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/**
 * French formats for printed invoices: 1 234,56 €, 5,5 %, 23/11/2026. Plain spaces as separators (the JDK's narrow
 * no-break space is not in every font).
 */
final class FrenchFormat {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private FrenchFormat() {
    }

    static String money(BigDecimal amount) {
        return decimal(amount.setScale(2, RoundingMode.HALF_UP), "#,##0.00") + " €";
    }

    /** A unit price: 2 to 4 decimals, no currency sign (table column). */
    static String unitPrice(BigDecimal value) {
        return decimal(value, "#,##0.00##");
    }

    static String number(BigDecimal value) {
        return decimal(value, "#,##0.####");
    }

    static String percent(BigDecimal value) {
        return decimal(value, "0.##") + " %";
    }

    static String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    private static String decimal(BigDecimal value, String pattern) {
        DecimalFormatSymbols symbols = new DecimalFormatSymbols();
        symbols.setDecimalSeparator(',');
        symbols.setGroupingSeparator(' ');
        symbols.setMinusSign('-');
        DecimalFormat format = new DecimalFormat(pattern, symbols);
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format.format(value);
    }
}
