package com.repaero.supplier.purchasing.order.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Amount arithmetic in EUR: line amounts are rounded to the cent, half up, then summed. */
public final class Money {

    public static final BigDecimal ZERO = BigDecimal.ZERO.setScale(2);

    private Money() {
    }

    public static BigDecimal lineAmount(BigDecimal quantity, BigDecimal unitPrice) {
        return quantity.multiply(unitPrice).setScale(2, RoundingMode.HALF_UP);
    }

    public static BigDecimal cents(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_UP);
    }
}
