package com.repaero.customer.invoicing.domain;

import java.util.Set;

/** A quote is drafted, sent, then accepted, refused, or expired once past its validity date. */
public enum QuoteState {
    DRAFT, SENT, ACCEPTED, REFUSED, EXPIRED;

    public boolean canMoveTo(QuoteState target) {
        return switch (this) {
            case DRAFT -> target == SENT;
            case SENT -> Set.of(ACCEPTED, REFUSED, EXPIRED).contains(target);
            default -> false;
        };
    }
}
