package com.repaero.supplier.supplier.domain;

/** What an address of a supplier is used for; a supplier has at most one of each. */
public enum AddressKind {
    /** Where its invoices come from (head office). */
    BILLING,
    /** Where purchase orders are sent. */
    ORDERING,
    /** Where parts go back to (warranty, repair returns). */
    RETURNS
}
