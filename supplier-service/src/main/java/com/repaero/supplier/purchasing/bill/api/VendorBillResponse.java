package com.repaero.supplier.purchasing.bill.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import com.repaero.supplier.purchasing.bill.domain.DiscrepancyKind;
import com.repaero.supplier.purchasing.bill.domain.VendorBill;
import com.repaero.supplier.purchasing.bill.domain.VendorBillLine;
import com.repaero.supplier.purchasing.bill.domain.VendorBillState;
import com.repaero.supplier.purchasing.order.domain.Decimals;

/** A vendor bill as the API shows it, with its match outcome. */
public record VendorBillResponse(
        long id,
        long supplierId,
        long orderId,
        String orderNumber,
        String invoiceNumber,
        LocalDate invoiceDate,
        LocalDate dueDate,
        VendorBillState state,
        String currency,
        BigDecimal netAmount,
        BigDecimal vatAmount,
        BigDecimal totalAmount,
        List<Line> lines,
        List<Discrepancy> discrepancies,
        Instant matchedAt,
        Instant approvedAt,
        String approvedBy,
        String approvalOverrideReason,
        int version,
        Instant createdAt,
        String createdBy) {

    /** One billed line. */
    public record Line(long id, int lineNumber, Long orderLineId, String description, BigDecimal quantity,
            BigDecimal unitPrice, BigDecimal lineAmount) {

        static Line of(VendorBillLine l) {
            return new Line(l.id, l.lineNumber, l.orderLine == null ? null : l.orderLine.id, l.description,
                    Decimals.quantity(l.quantity), Decimals.unitPrice(l.unitPrice), Decimals.amount(l.lineAmount));
        }
    }

    /** One finding of the three-way match; {@code lineNumber} null when about the whole bill. */
    public record Discrepancy(Integer lineNumber, DiscrepancyKind kind, BigDecimal expected, BigDecimal actual) {
    }

    static VendorBillResponse of(VendorBill b) {
        return new VendorBillResponse(b.id, b.supplierId, b.order.id, b.order.orderNumber, b.invoiceNumber,
                b.invoiceDate, b.dueDate, b.state, "EUR", Decimals.amount(b.netAmount), Decimals.amount(b.vatAmount),
                Decimals.amount(b.totalAmount), b.lines.stream().map(Line::of).toList(),
                b.discrepancies.stream()
                        .map(d -> new Discrepancy(d.lineNumber, d.kind, plain(d.expected), plain(d.actual))).toList(),
                b.matchedAt, b.approvedAt, b.approvedBy, b.approvalOverrideReason, b.version, b.createdAt,
                b.createdBy);
    }

    /** 12.5000 -> 12.5, 100 stays 100 (never 1E+2). */
    private static BigDecimal plain(BigDecimal value) {
        if (value == null) {
            return null;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
