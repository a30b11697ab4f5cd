package com.repaero.supplier.supplier.domain;

import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

/**
 * When an invoice of the supplier falls due. French law (LME, Code de commerce L441-10) caps agreed terms at 60 days
 * from the invoice date or 45 days end of month, so these cover every lawful case Rep'Aero uses.
 */
public enum PaymentTerms {
    ON_RECEIPT(0, false), DAYS_30(30, false), DAYS_30_END_OF_MONTH(30, true), DAYS_45(45,
            false), DAYS_45_END_OF_MONTH(45, true), DAYS_60(60, false);

    private final int days;
    private final boolean endOfMonth;

    PaymentTerms(int days, boolean endOfMonth) {
        this.days = days;
        this.endOfMonth = endOfMonth;
    }

    /**
     * The due date of an invoice dated {@code invoiceDate}. "N jours fin de mois" is counted as N days, then the end of
     * that month (the usual French reading, e.g. 45 days end of month from 10 January: 24 February → 28 February).
     */
    public LocalDate dueDate(LocalDate invoiceDate) {
        LocalDate due = invoiceDate.plusDays(days);
        return endOfMonth ? due.with(TemporalAdjusters.lastDayOfMonth()) : due;
    }
}
