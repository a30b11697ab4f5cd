package com.repaero.supplier.purchasing.bill.domain;

import java.util.EnumSet;
import java.util.Set;

/** The life of a vendor bill: entered, matched (or not) against order and receipts, approved, then paid. */
public enum VendorBillState {
    RECEIVED, MATCHED, DISCREPANCY, APPROVED,
    /** In a payment batch taken by the bank, not yet seen on a statement (bank payments part). */
    IN_PAYMENT,
    /** Seen on a statement for less than its total (bank payments part). */
    PARTLY_PAID,
    /** Set by the bank payments part once the transfer is reconciled. */
    PAID;

    public Set<VendorBillState> next() {
        return switch (this) {
            case RECEIVED -> EnumSet.of(MATCHED, DISCREPANCY);
            // Matched again after more goods arrived, or approved by an admin with a reason.
            case DISCREPANCY -> EnumSet.of(MATCHED, DISCREPANCY, APPROVED);
            case MATCHED -> EnumSet.of(APPROVED);
            case APPROVED -> EnumSet.of(IN_PAYMENT, PAID);
            case IN_PAYMENT, PARTLY_PAID -> EnumSet.of(PARTLY_PAID, PAID);
            case PAID -> EnumSet.noneOf(VendorBillState.class);
        };
    }

    public boolean canMoveTo(VendorBillState target) {
        return next().contains(target);
    }
}
