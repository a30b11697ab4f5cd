package com.repaero.customer.invoicing.domain;

/** A draft can be edited or deleted; an issued invoice never changes again (only its payments are recorded). */
public enum InvoiceState {
    DRAFT, ISSUED
}
