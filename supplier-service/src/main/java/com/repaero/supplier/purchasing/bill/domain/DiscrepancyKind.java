package com.repaero.supplier.purchasing.bill.domain;

/** Why a bill line (or the bill) does not match its order and receipts. */
public enum DiscrepancyKind {
    /** More billed (with what earlier bills billed) than received and accepted at inspection, beyond tolerance. */
    QUANTITY_BILLED_NOT_RECEIVED,
    /** Unit price differs from the ordered one beyond tolerance. */
    PRICE_DIFFERENT,
    /** A billed line that refers to no order line (a charge nobody ordered). */
    LINE_NOT_ORDERED,
    /** The ordered lines add up to a net amount that differs from the expected one beyond the EUR tolerance. */
    AMOUNT_DIFFERENT
}
