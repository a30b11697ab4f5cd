package com.repaero.supplier.purchasing.order.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class OrderNumberTest {

    @Test
    void yearAndFiveDigitCounter() {
        assertThat(OrderNumber.format(2026, 42)).isEqualTo("PO-2026-00042");
        assertThat(OrderNumber.format(2027, 1)).isEqualTo("PO-2027-00001");
        assertThat(OrderNumber.format(2026, 123456)).isEqualTo("PO-2026-123456");
    }

    @Test
    void countersStartAtOne() {
        assertThatThrownBy(() -> OrderNumber.format(2026, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> OrderNumber.format(26, 1)).isInstanceOf(IllegalArgumentException.class);
    }
}
