package com.repaero.supplier.purchasing.order.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Fixed scales for what leaves the service: Oracle's NUMBER does not keep trailing zeros, so quantities, unit prices
 * and amounts are given their scale again before they are shown or published (1 -> 1.000 for a quantity).
 */
public final class Decimals {

    private Decimals() {
    }

    public static BigDecimal quantity(BigDecimal value) {
        return value == null ? null : value.setScale(3, RoundingMode.HALF_UP);
    }

    public static BigDecimal unitPrice(BigDecimal value) {
        return value == null ? null : value.setScale(4, RoundingMode.HALF_UP);
    }

    public static BigDecimal amount(BigDecimal value) {
        return value == null ? null : value.setScale(2, RoundingMode.HALF_UP);
    }
}
