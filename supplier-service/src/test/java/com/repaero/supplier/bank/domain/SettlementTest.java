package com.repaero.supplier.bank.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

/** Reconciliation rules: full amount pays, less pays partly with what remains, more is left to a person. */
class SettlementTest {

    private static final BigDecimal DUE = new BigDecimal("1200.00");

    @Test
    void fullAmountPays() {
        Settlement settlement = Settlement.of(DUE, BigDecimal.ZERO, new BigDecimal("1200.00"));

        assertThat(settlement.state()).isEqualTo(BillPaymentState.PAID);
        assertThat(settlement.remaining()).isEqualByComparingTo("0");
    }

    @Test
    void partialAmountLeavesTheRest() {
        Settlement first = Settlement.of(DUE, BigDecimal.ZERO, new BigDecimal("700.00"));

        assertThat(first.state()).isEqualTo(BillPaymentState.PARTLY_PAID);
        assertThat(first.remaining()).isEqualByComparingTo("500.00");
        Settlement second = Settlement.of(DUE, first.paid(), new BigDecimal("500.00"));
        assertThat(second.state()).isEqualTo(BillPaymentState.PAID);
        assertThat(second.paid()).isEqualByComparingTo("1200.00");
    }

    @Test
    void moreThanRemainsIsRefused() {
        assertThatThrownBy(() -> Settlement.of(DUE, new BigDecimal("700.00"), new BigDecimal("500.01")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("500.00");
        assertThatThrownBy(() -> Settlement.of(DUE, BigDecimal.ZERO, BigDecimal.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
