package com.repaero.supplier.bank.domain;

/** A payment batch is built (its pain.001 ready), then sent to the bank once. */
public enum PaymentBatchState {
    CREATED, SENT
}
