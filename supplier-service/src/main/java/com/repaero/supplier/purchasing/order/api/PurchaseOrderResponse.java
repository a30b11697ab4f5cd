package com.repaero.supplier.purchasing.order.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import com.repaero.supplier.purchasing.order.domain.Decimals;
import com.repaero.supplier.purchasing.order.domain.PurchaseOrder;
import com.repaero.supplier.purchasing.order.domain.PurchaseOrderLine;
import com.repaero.supplier.purchasing.order.domain.PurchaseOrderState;
import com.repaero.supplier.purchasing.order.domain.UnitOfMeasure;

/** A purchase order as the API shows it, with its lines and totals (EUR, excluding VAT). */
public record PurchaseOrderResponse(
        long id,
        String orderNumber,
        long supplierId,
        PurchaseOrderState state,
        String notes,
        String currency,
        BigDecimal totalAmount,
        List<Line> lines,
        Instant sentAt,
        String sentBy,
        ApprovalOverride approvalOverride,
        Instant closedAt,
        String closedBy,
        Instant cancelledAt,
        String cancelledBy,
        int version,
        Instant createdAt,
        String createdBy,
        Instant updatedAt,
        String updatedBy) {

    /** One order line with what has been received so far. */
    public record Line(long id, int lineNumber, String partNumber, String description, BigDecimal quantity,
            UnitOfMeasure unit, BigDecimal unitPrice, BigDecimal lineAmount, LocalDate expectedDate,
            BigDecimal quantityReceived, BigDecimal quantityRemaining) {

        static Line of(PurchaseOrderLine l) {
            return new Line(l.id, l.lineNumber, l.partNumber, l.description, Decimals.quantity(l.quantity), l.unit,
                    Decimals.unitPrice(l.unitPrice), Decimals.amount(l.lineAmount), l.expectedDate,
                    Decimals.quantity(l.quantityReceived), Decimals.quantity(l.remaining()));
        }
    }

    /** Sent to a supplier that was not approved: by whom, when and why. */
    public record ApprovalOverride(String reason, String by, Instant at) {
    }

    static PurchaseOrderResponse of(PurchaseOrder o) {
        return new PurchaseOrderResponse(o.id, o.orderNumber, o.supplierId, o.state, o.notes, "EUR",
                Decimals.amount(o.totalAmount),
                o.lines.stream().map(Line::of).toList(), o.sentAt, o.sentBy,
                o.overrideReason == null ? null : new ApprovalOverride(o.overrideReason, o.overrideBy, o.overrideAt),
                o.closedAt, o.closedBy, o.cancelledAt, o.cancelledBy, o.version, o.createdAt, o.createdBy,
                o.updatedAt, o.updatedBy);
    }
}
