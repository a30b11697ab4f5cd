package com.repaero.supplier.purchasing.order.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.repaero.platform.problem.ProblemException;

class PurchaseOrderTest {

    private static PurchaseOrderLine.LineData line(String quantity, String unitPrice) {
        return new PurchaseOrderLine.LineData(" PN-1 ", "Bolt", new BigDecimal(quantity), UnitOfMeasure.EA,
                new BigDecimal(unitPrice), null);
    }

    private static PurchaseOrder draft(PurchaseOrderLine.LineData... lines) {
        PurchaseOrder order = new PurchaseOrder();
        order.orderNumber = "PO-2026-00001";
        order.replaceLines(List.of(lines));
        return order;
    }

    @Test
    void lineAmountsAreRoundedToTheCentThenSummed() {
        PurchaseOrder order = draft(line("3", "0.3333"), line("1.5", "10.005"));
        assertThat(order.lines).extracting(l -> l.lineAmount)
                .containsExactly(new BigDecimal("1.00"), new BigDecimal("15.01"));
        assertThat(order.totalAmount).isEqualByComparingTo("16.01");
        assertThat(order.lines.get(0).partNumber).isEqualTo("PN-1");
        assertThat(order.lines).extracting(l -> l.lineNumber).containsExactly(1, 2);
    }

    @Test
    void replacingKeepsLinesByPositionAndDropsTheSurplus() {
        PurchaseOrder order = draft(line("1", "1"), line("2", "2"), line("3", "3"));
        PurchaseOrderLine first = order.lines.get(0);
        order.replaceLines(List.of(line("5", "1")));
        assertThat(order.lines).containsExactly(first);
        assertThat(first.quantity).isEqualByComparingTo("5");
        assertThat(order.totalAmount).isEqualByComparingTo("5.00");
    }

    @Test
    void linesAreFrozenOnceSent() {
        PurchaseOrder order = draft(line("1", "1"));
        order.moveTo(PurchaseOrderState.SENT);
        assertThatThrownBy(() -> order.replaceLines(List.of(line("2", "1"))))
                .isInstanceOf(ProblemException.Conflict.class)
                .hasMessageContaining("SENT");
    }

    @Test
    void anInvalidTransitionNamesBothStates() {
        PurchaseOrder order = draft(line("1", "1"));
        assertThatThrownBy(() -> order.moveTo(PurchaseOrderState.CLOSED))
                .isInstanceOf(InvalidTransition.class)
                .hasMessageContaining("DRAFT").hasMessageContaining("CLOSED")
                .extracting(e -> ((ProblemException) e).code()).isEqualTo("invalid-transition");
    }

    @Test
    void receiptsMoveTheOrderToPartlyThenFullyReceived() {
        PurchaseOrder order = draft(line("2", "1"), line("1", "1"));
        order.moveTo(PurchaseOrderState.SENT);
        order.lines.get(0).quantityReceived = new BigDecimal("2");
        order.updateReceiptState();
        assertThat(order.state).isEqualTo(PurchaseOrderState.PARTLY_RECEIVED);
        order.updateReceiptState();
        assertThat(order.state).isEqualTo(PurchaseOrderState.PARTLY_RECEIVED);
        order.lines.get(1).quantityReceived = new BigDecimal("1.5");
        order.updateReceiptState();
        assertThat(order.state).isEqualTo(PurchaseOrderState.RECEIVED);
        assertThat(order.lines.get(1).remaining()).isEqualByComparingTo("0");
    }
}
