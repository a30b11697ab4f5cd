package com.repaero.customer.invoicing.domain;

import java.math.BigDecimal;

/**
 * One line of a quote, invoice or credit note as entered: quantity, unit price excluding VAT, VAT rate (with the
 * exemption reason when 0 %) and an optional line discount in percent.
 */
public record LineInput(String description, String partNumber, BigDecimal quantity, BigDecimal unitPrice,
        BigDecimal vatRate, String vatExemptionReason, BigDecimal discountPercent) {

    public BigDecimal discountOrZero() {
        return discountPercent == null ? BigDecimal.ZERO : discountPercent;
    }
}
