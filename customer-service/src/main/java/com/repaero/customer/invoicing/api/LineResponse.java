package com.repaero.customer.invoicing.api;

import java.math.BigDecimal;

import com.repaero.customer.invoicing.domain.DocumentLine;

/** A quote or invoice line with its computed amounts (EUR excluding VAT). */
public record LineResponse(int lineNumber, String description, String partNumber, BigDecimal quantity,
        BigDecimal unitPrice, BigDecimal vatRate, String vatExemptionReason, BigDecimal discountPercent,
        BigDecimal grossAmount, BigDecimal discountAmount, BigDecimal netAmount) {

    static LineResponse of(DocumentLine l) {
        return new LineResponse(l.lineNumber, l.description, l.partNumber, Amounts.quantity(l.quantity),
                Amounts.unitPrice(l.unitPrice), Amounts.rate(l.vatRate), l.vatExemptionReason,
                Amounts.rate(l.discountPercent), Amounts.amount(l.grossAmount), Amounts.amount(l.discountAmount),
                Amounts.amount(l.netAmount));
    }
}
