package com.repaero.customer.invoicing.domain;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** What quote and invoice lines share: the line as entered and its computed amounts. */
@MappedSuperclass
public abstract class DocumentLine extends PanacheEntityBase {

    @Column(name = "line_number", nullable = false)
    public int lineNumber;

    @Column(nullable = false)
    public String description;

    @Column(name = "part_number")
    public String partNumber;

    @Column(nullable = false, precision = 15, scale = 3)
    public BigDecimal quantity;

    @Column(name = "unit_price", nullable = false, precision = 19, scale = 4)
    public BigDecimal unitPrice;

    @Column(name = "vat_rate", nullable = false, precision = 4, scale = 2)
    public BigDecimal vatRate;

    @Column(name = "vat_exemption_reason")
    public String vatExemptionReason;

    @Column(name = "discount_percent", nullable = false, precision = 5, scale = 2)
    public BigDecimal discountPercent;

    @Column(name = "gross_amount", nullable = false, precision = 19, scale = 2)
    public BigDecimal grossAmount;

    @Column(name = "discount_amount", nullable = false, precision = 19, scale = 2)
    public BigDecimal discountAmount;

    @Column(name = "net_amount", nullable = false, precision = 19, scale = 2)
    public BigDecimal netAmount;

    public void set(LineInput input, DocumentTotals.LineAmounts amounts) {
        description = input.description().strip();
        partNumber = input.partNumber() == null || input.partNumber().isBlank() ? null : input.partNumber().strip();
        quantity = input.quantity();
        unitPrice = input.unitPrice();
        vatRate = input.vatRate();
        vatExemptionReason = input.vatRate().signum() == 0 ? input.vatExemptionReason().strip() : null;
        discountPercent = input.discountOrZero();
        grossAmount = amounts.gross();
        discountAmount = amounts.discount();
        netAmount = amounts.net();
    }

    public LineInput input() {
        return new LineInput(description, partNumber, quantity, unitPrice, vatRate, vatExemptionReason,
                discountPercent);
    }
}
