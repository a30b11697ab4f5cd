package com.repaero.supplier.purchasing.order.messaging;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Event: a purchase order was sent to its supplier (schema: docs/events/supplier/PurchaseOrderPlaced.schema.json).
 * {@code approvalOverride} is set when an admin sent it to a supplier that was not approved.
 */
public record PurchaseOrderPlaced(
        long orderId,
        String orderNumber,
        long supplierId,
        String supplierName,
        String currency,
        BigDecimal totalAmount,
        List<Line> lines,
        String placedBy,
        Instant placedAt,
        ApprovalOverride approvalOverride) {

    /** One ordered part. */
    public record Line(long orderLineId, int lineNumber, String partNumber, String description, BigDecimal quantity,
            String unit, BigDecimal unitPrice, BigDecimal lineAmount, LocalDate expectedDate) {
    }

    /** Who sent the order to a non-approved supplier, when and why. */
    public record ApprovalOverride(String by, Instant at, String reason) {
    }
}
