package com.repaero.supplier.purchasing.order.api;

import java.math.BigDecimal;
import java.time.Instant;

import com.repaero.supplier.purchasing.order.domain.Decimals;
import com.repaero.supplier.purchasing.order.domain.PurchaseOrder;
import com.repaero.supplier.purchasing.order.domain.PurchaseOrderState;

/** A purchase order in a search result (without its lines). */
public record PurchaseOrderSummary(
        long id,
        String orderNumber,
        long supplierId,
        PurchaseOrderState state,
        BigDecimal totalAmount,
        int lineCount,
        Instant createdAt,
        Instant sentAt) {

    static PurchaseOrderSummary of(PurchaseOrder o) {
        return new PurchaseOrderSummary(o.id, o.orderNumber, o.supplierId, o.state, Decimals.amount(o.totalAmount),
                o.lines.size(),
                o.createdAt, o.sentAt);
    }
}
