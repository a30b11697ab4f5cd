package com.repaero.customer.invoicing.domain;

import java.math.BigDecimal;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;

import com.repaero.platform.persistence.AuditedEntity;

/**
 * What quotes and invoices share: lines, a document discount and the totals computed from them
 * ({@link DocumentTotals}), stored in the same columns in both tables. The lines stay mapped by each document (their
 * tables and back references differ).
 */
@MappedSuperclass
public abstract class PricedDocument<L extends DocumentLine> extends AuditedEntity {

    @Column(name = "discount_percent", nullable = false, precision = 5, scale = 2)
    public BigDecimal discountPercent = BigDecimal.ZERO;

    @Column(name = "lines_net", nullable = false, precision = 19, scale = 2)
    public BigDecimal linesNet;

    @Column(name = "allowance_total", nullable = false, precision = 19, scale = 2)
    public BigDecimal allowanceTotal;

    @Column(name = "tax_basis", nullable = false, precision = 19, scale = 2)
    public BigDecimal taxBasis;

    @Column(name = "vat_total", nullable = false, precision = 19, scale = 2)
    public BigDecimal vatTotal;

    @Column(name = "grand_total", nullable = false, precision = 19, scale = 2)
    public BigDecimal grandTotal;

    /** The document's mapped lines, in order. */
    protected abstract List<L> documentLines();

    /** A new line of this document, linked to it, numbered {@code lineNumber} (not yet in the list). */
    protected abstract L newLine(int lineNumber);

    /** Refuses (409) when the document can no longer be changed. */
    protected abstract void requireEditable();

    /** Replaces the lines and recomputes the totals, only while the document may be changed. */
    public void replaceLines(List<LineInput> inputs, BigDecimal documentDiscount) {
        requireEditable();
        DocumentTotals totals = DocumentTotals.of(inputs, documentDiscount);
        List<L> lines = documentLines();
        for (int i = 0; i < inputs.size(); i++) {
            L line;
            if (i < lines.size()) {
                line = lines.get(i);
            } else {
                line = newLine(i + 1);
                lines.add(line);
            }
            line.set(inputs.get(i), totals.lines().get(i));
        }
        while (lines.size() > inputs.size()) {
            lines.remove(lines.size() - 1);
        }
        discountPercent = documentDiscount == null ? BigDecimal.ZERO : documentDiscount;
        linesNet = totals.linesNet();
        allowanceTotal = totals.allowanceTotal();
        taxBasis = totals.taxBasis();
        vatTotal = totals.vatTotal();
        grandTotal = totals.grandTotal();
    }

    public List<LineInput> inputs() {
        return documentLines().stream().map(DocumentLine::input).toList();
    }

    public DocumentTotals totals() {
        return DocumentTotals.of(inputs(), discountPercent);
    }
}
