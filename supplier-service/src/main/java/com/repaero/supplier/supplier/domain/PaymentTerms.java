package com.repaero.supplier.supplier.domain;

/**
 * When an invoice of the supplier falls due. French law (LME, Code de commerce L441-10) caps agreed terms at 60 days
 * from the invoice date or 45 days end of month, so these cover every lawful case Rep'Aero uses.
 */
public enum PaymentTerms {
    ON_RECEIPT, DAYS_30, DAYS_30_END_OF_MONTH, DAYS_45, DAYS_45_END_OF_MONTH, DAYS_60
}
