package com.repaero.supplier.purchasing.order.domain;

/** Formats purchase order numbers: {@code PO-<year>-<5-digit counter>}, e.g. {@code PO-2026-00042}. */
public final class OrderNumber {

    private OrderNumber() {
    }

    public static String format(int year, long number) {
        if (year < 2000 || year > 9999) {
            throw new IllegalArgumentException("year out of range: " + year);
        }
        if (number < 1) {
            throw new IllegalArgumentException("order numbers start at 1: " + number);
        }
        // Past 99999 orders in a year the number simply grows a digit: it stays unique and sorted per year.
        return "PO-%d-%05d".formatted(year, number);
    }
}
