package com.repaero.customer.invoicing.domain;

/**
 * Where the payment of an issued invoice stands. OVERDUE is never stored: it is an UNPAID or PARTLY_PAID invoice whose
 * due date has passed.
 */
public enum PaymentStatus {
    UNPAID, PARTLY_PAID, PAID, OVERDUE
}
