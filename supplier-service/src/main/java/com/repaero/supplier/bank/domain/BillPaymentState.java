package com.repaero.supplier.bank.domain;

/** One bill's transfer: in a batch, sent to the bank, partly or fully seen on a statement. */
public enum BillPaymentState {
    PENDING, SENT, PARTLY_PAID, PAID
}
