package com.repaero.supplier.purchasing.order.domain;

import java.util.EnumSet;
import java.util.Set;

/** The life of a purchase order: drafted, sent to the supplier, received (partly, then fully), closed or cancelled. */
public enum PurchaseOrderState {
    DRAFT, SENT, PARTLY_RECEIVED, RECEIVED, CLOSED, CANCELLED;

    /** The states this one may move to; receipts move an order on, the other moves are explicit endpoints. */
    public Set<PurchaseOrderState> next() {
        return switch (this) {
            case DRAFT -> EnumSet.of(SENT, CANCELLED);
            case SENT -> EnumSet.of(PARTLY_RECEIVED, RECEIVED, CANCELLED);
            case PARTLY_RECEIVED -> EnumSet.of(RECEIVED, CLOSED);
            // A short-closed order (PARTLY_RECEIVED -> CLOSED) is how a remainder the supplier will not deliver ends.
            case RECEIVED -> EnumSet.of(CLOSED);
            case CLOSED, CANCELLED -> EnumSet.noneOf(PurchaseOrderState.class);
        };
    }

    public boolean canMoveTo(PurchaseOrderState target) {
        return next().contains(target);
    }

    /** Goods may be received against an order only once it was sent and until it is fully received. */
    public boolean acceptsReceipts() {
        return this == SENT || this == PARTLY_RECEIVED;
    }
}
