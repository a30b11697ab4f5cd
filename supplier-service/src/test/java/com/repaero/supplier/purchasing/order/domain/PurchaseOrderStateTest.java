package com.repaero.supplier.purchasing.order.domain;

import static com.repaero.supplier.purchasing.order.domain.PurchaseOrderState.CANCELLED;
import static com.repaero.supplier.purchasing.order.domain.PurchaseOrderState.CLOSED;
import static com.repaero.supplier.purchasing.order.domain.PurchaseOrderState.DRAFT;
import static com.repaero.supplier.purchasing.order.domain.PurchaseOrderState.PARTLY_RECEIVED;
import static com.repaero.supplier.purchasing.order.domain.PurchaseOrderState.RECEIVED;
import static com.repaero.supplier.purchasing.order.domain.PurchaseOrderState.SENT;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PurchaseOrderStateTest {

    @ParameterizedTest
    @CsvSource({
            "DRAFT, SENT, true", "DRAFT, CANCELLED, true", "DRAFT, RECEIVED, false", "DRAFT, CLOSED, false",
            "SENT, PARTLY_RECEIVED, true", "SENT, RECEIVED, true", "SENT, CANCELLED, true", "SENT, CLOSED, false",
            "SENT, DRAFT, false",
            "PARTLY_RECEIVED, RECEIVED, true", "PARTLY_RECEIVED, CLOSED, true", "PARTLY_RECEIVED, CANCELLED, false",
            "RECEIVED, CLOSED, true", "RECEIVED, CANCELLED, false", "RECEIVED, PARTLY_RECEIVED, false",
            "CLOSED, DRAFT, false", "CLOSED, CANCELLED, false", "CANCELLED, SENT, false", "CANCELLED, CLOSED, false"})
    void transitions(PurchaseOrderState from, PurchaseOrderState to, boolean allowed) {
        assertThat(from.canMoveTo(to)).isEqualTo(allowed);
    }

    @ParameterizedTest
    @CsvSource({"DRAFT, false", "SENT, true", "PARTLY_RECEIVED, true", "RECEIVED, false", "CLOSED, false",
            "CANCELLED, false"})
    void onlySentOrdersReceiveGoods(PurchaseOrderState state, boolean accepts) {
        assertThat(state.acceptsReceipts()).isEqualTo(accepts);
    }

    @org.junit.jupiter.api.Test
    void endStatesLeadNowhere() {
        assertThat(CLOSED.next()).isEmpty();
        assertThat(CANCELLED.next()).isEmpty();
        assertThat(DRAFT.next()).containsExactlyInAnyOrder(SENT, CANCELLED);
        assertThat(PARTLY_RECEIVED.next()).containsExactlyInAnyOrder(RECEIVED, CLOSED);
    }
}
