package com.repaero.customer.customer.domain;

/**
 * When a customer's invoices fall due, as a code ({@link CustomerCard#paymentTermsCode()}). The same codes as for
 * suppliers; French law (Code de commerce L441-10) caps agreed terms at 60 days or 45 days end of month.
 */
public enum PaymentTerms {
    ON_RECEIPT, DAYS_30, DAYS_30_END_OF_MONTH, DAYS_45, DAYS_45_END_OF_MONTH, DAYS_60
}
