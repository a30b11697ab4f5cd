package com.repaero.supplier.bank.domain;

import java.math.BigDecimal;

/** What a statement line does to a bill's transfer: all of what remains → PAID, less → PARTLY_PAID. */
public record Settlement(BigDecimal paid, BigDecimal remaining, BillPaymentState state) {

    /**
     * @param due the transfer's amount
     * @param alreadyPaid what earlier statement lines already settled
     * @param received this line's amount
     * @throws IllegalArgumentException when the line is more than what remains (to be looked at by a person)
     */
    public static Settlement of(BigDecimal due, BigDecimal alreadyPaid, BigDecimal received) {
        if (received.signum() <= 0) {
            throw new IllegalArgumentException("A settled amount must be positive: " + received);
        }
        BigDecimal remaining = due.subtract(alreadyPaid);
        if (received.compareTo(remaining) > 0) {
            throw new IllegalArgumentException("%s is more than the %s that remains to be paid".formatted(received,
                    remaining));
        }
        BigDecimal paid = alreadyPaid.add(received);
        BigDecimal left = due.subtract(paid);
        return new Settlement(paid, left, left.signum() == 0 ? BillPaymentState.PAID : BillPaymentState.PARTLY_PAID);
    }
}
