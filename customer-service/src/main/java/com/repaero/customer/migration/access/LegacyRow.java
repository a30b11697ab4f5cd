package com.repaero.customer.migration.access;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.Map;

/**
 * One row of a legacy table, with its values by the logical names of the mapping (the {@link AccessMapping} method
 * names), read as text the way the old screens showed them. {@code line} is the row's position in its table (1-based).
 */
public record LegacyRow(int line, Map<String, Object> values) {

    /** The value as trimmed text, null when absent or blank; whole numbers without ".0". */
    public String text(String field) {
        Object value = values.get(field);
        if (value == null) {
            return null;
        }
        String text;
        if (value instanceof Double || value instanceof Float) {
            BigDecimal decimal = BigDecimal.valueOf(((Number) value).doubleValue()).stripTrailingZeros();
            text = decimal.scale() <= 0 ? decimal.toBigInteger().toString() : decimal.toPlainString();
        } else if (value instanceof BigDecimal decimal) {
            decimal = decimal.stripTrailingZeros();
            text = decimal.scale() <= 0 ? decimal.toBigInteger().toString() : decimal.toPlainString();
        } else {
            text = value.toString();
        }
        text = text.strip();
        return text.isEmpty() ? null : text;
    }

    /** A Date/Time column (read as local date-time), or null. */
    public LocalDateTime dateTime(String field) {
        return values.get(field) instanceof LocalDateTime time ? time : null;
    }

    /** A Yes/No column, or null when absent. */
    public Boolean flag(String field) {
        Object value = values.get(field);
        if (value instanceof Boolean b) {
            return b;
        }
        String text = text(field);
        return text == null
                ? null
                : text.equalsIgnoreCase("oui") || text.equalsIgnoreCase("true") || text.equals("1")
                        || text.equals("-1");
    }
}
