package com.repaero.customer.invoicing.domain;

import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Optional;

/**
 * When an invoice falls due. French law (Code de commerce L441-10) caps agreed terms at 60 days from the invoice date
 * or 45 days end of month; these are the terms Rep'Aero grants.
 */
public enum PaymentTerms {
    ON_RECEIPT(0, false, "Paiement à réception de facture"), DAYS_30(30, false,
            "Paiement à 30 jours date de facture"), DAYS_30_END_OF_MONTH(30, true,
                    "Paiement à 30 jours fin de mois"), DAYS_45(45, false,
                            "Paiement à 45 jours date de facture"), DAYS_45_END_OF_MONTH(45, true,
                                    "Paiement à 45 jours fin de mois"), DAYS_60(60, false,
                                            "Paiement à 60 jours date de facture");

    private final int days;
    private final boolean endOfMonth;
    private final String label;

    PaymentTerms(int days, boolean endOfMonth, String label) {
        this.days = days;
        this.endOfMonth = endOfMonth;
        this.label = label;
    }

    /** N days, then the end of that month for the "fin de mois" terms. */
    public LocalDate dueDate(LocalDate issueDate) {
        LocalDate due = issueDate.plusDays(days);
        return endOfMonth ? due.with(TemporalAdjusters.lastDayOfMonth()) : due;
    }

    /** As printed on the invoice (French). */
    public String label() {
        return label;
    }

    /** The terms named by a customer card's code, if we know it. */
    public static Optional<PaymentTerms> fromCode(String code) {
        if (code == null || code.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(valueOf(code.strip().toUpperCase(java.util.Locale.ROOT)));
        } catch (IllegalArgumentException unknown) {
            return Optional.empty();
        }
    }
}
