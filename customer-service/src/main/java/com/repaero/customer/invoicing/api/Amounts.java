package com.repaero.customer.invoicing.api;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Fixed scales for what leaves the API (Oracle's NUMBER drops trailing zeros). */
final class Amounts {

    private Amounts() {
    }

    static BigDecimal amount(BigDecimal value) {
        return value == null ? null : value.setScale(2, RoundingMode.HALF_UP);
    }

    static BigDecimal quantity(BigDecimal value) {
        return value == null ? null : value.setScale(3, RoundingMode.HALF_UP);
    }

    static BigDecimal unitPrice(BigDecimal value) {
        return value == null ? null : value.setScale(4, RoundingMode.HALF_UP);
    }

    static BigDecimal rate(BigDecimal value) {
        return value == null ? null : value.setScale(2, RoundingMode.HALF_UP);
    }
}
