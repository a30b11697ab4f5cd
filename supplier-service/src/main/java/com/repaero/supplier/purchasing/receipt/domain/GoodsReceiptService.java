package com.repaero.supplier.purchasing.receipt.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import com.repaero.platform.outbox.Outbox;
import com.repaero.platform.problem.ProblemException;
import com.repaero.supplier.purchasing.PurchasingConfig;
import com.repaero.supplier.purchasing.order.domain.Decimals;
import com.repaero.supplier.purchasing.order.domain.PurchaseOrder;
import com.repaero.supplier.purchasing.order.domain.PurchaseOrderLine;
import com.repaero.supplier.purchasing.order.domain.PurchaseOrderService;
import com.repaero.supplier.purchasing.receipt.messaging.GoodsReceived;

/** Records goods receipts, moves the order to PARTLY_RECEIVED / RECEIVED and emits GoodsReceived, in one transaction. */
@ApplicationScoped
public class GoodsReceiptService {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final PurchasingConfig config;
    private final Outbox outbox;

    public GoodsReceiptService(PurchasingConfig config, Outbox outbox) {
        this.config = config;
        this.outbox = outbox;
    }

    /** A receipt as checked for shape at the API edge. */
    public record ReceiptData(String deliveryNote, Instant receivedAt, List<LineData> lines) {
    }

    /** One received line. */
    public record LineData(long orderLineId, BigDecimal quantity, InspectionResult inspectionResult,
            String quarantineReason, CertificateType certificateType, String certificateReference,
            List<String> serialNumbers, String lotNumber, LocalDate expiryDate) {
    }

    @Transactional
    public GoodsReceipt receive(long orderId, ReceiptData data, String user) {
        // Locked: two receipts of one order must not both pass the over-delivery check.
        PurchaseOrder order = PurchaseOrderService.lockedOrder(orderId);
        if (!order.state.acceptsReceipts()) {
            throw new ProblemException.Conflict("order-not-receivable",
                    "Purchase order %s is %s: goods can be received only when it is SENT or PARTLY_RECEIVED"
                            .formatted(order.orderNumber, order.state));
        }
        Instant now = Instant.now();
        GoodsReceipt receipt = new GoodsReceipt();
        receipt.order = order;
        receipt.deliveryNote = data.deliveryNote();
        receipt.receivedAt = data.receivedAt() == null ? now : data.receivedAt();
        receipt.receivedBy = user;
        Map<PurchaseOrderLine, BigDecimal> received = new HashMap<>();
        Set<String> serials = new HashSet<>();
        for (int i = 0; i < data.lines().size(); i++) {
            LineData lineData = data.lines().get(i);
            PurchaseOrderLine orderLine = order.line(lineData.orderLineId())
                    .orElseThrow(() -> new ProblemException.RuleViolated("unknown-order-line",
                            "Line %d is not a line of purchase order %s".formatted(lineData.orderLineId(),
                                    order.orderNumber)));
            for (String serial : lineData.serialNumbers()) {
                if (!serials.add(serial.strip())) {
                    throw new ProblemException.RuleViolated("duplicate-serial",
                            "Serial number " + serial.strip() + " appears twice in this receipt");
                }
            }
            received.merge(orderLine, lineData.quantity(), BigDecimal::add);
            receipt.lines.add(line(receipt, orderLine, i + 1, lineData));
        }
        received.forEach((orderLine, quantity) -> checkNotOverDelivered(order, orderLine, quantity));
        for (GoodsReceiptLine line : receipt.lines) {
            line.orderLine.quantityReceived = line.orderLine.quantityReceived.add(line.quantity);
            if (line.inspectionResult == InspectionResult.ACCEPTED) {
                line.orderLine.quantityAccepted = line.orderLine.quantityAccepted.add(line.quantity);
            }
        }
        order.updateReceiptState();
        order.touch(user, now);
        receipt.persist();
        PurchaseOrder.flush();
        outbox.record(PurchaseOrderService.AGGREGATE, order.orderNumber, "GoodsReceived", event(receipt));
        return receipt;
    }

    /** Quantity received so far plus this receipt may exceed the ordered quantity by the tolerance, not more. */
    private void checkNotOverDelivered(PurchaseOrder order, PurchaseOrderLine line, BigDecimal quantity) {
        BigDecimal allowed = line.quantity
                .multiply(HUNDRED.add(config.receipt().overDeliveryTolerancePercent()))
                .divide(HUNDRED, 3, RoundingMode.DOWN)
                .subtract(line.quantityReceived)
                .max(BigDecimal.ZERO);
        if (quantity.compareTo(allowed) > 0) {
            throw new ProblemException.RuleViolated("over-delivery",
                    "Line %d of %s (%s): %s %s received, at most %s %s more can be (ordered %s, received %s, tolerance %s%%)"
                            .formatted(line.lineNumber, order.orderNumber, line.partNumber, quantity.toPlainString(),
                                    line.unit, allowed.stripTrailingZeros().toPlainString(), line.unit,
                                    line.quantity.toPlainString(), line.quantityReceived.toPlainString(),
                                    config.receipt().overDeliveryTolerancePercent().toPlainString()));
        }
    }

    private static GoodsReceiptLine line(GoodsReceipt receipt, PurchaseOrderLine orderLine, int position,
            LineData data) {
        GoodsReceiptLine line = new GoodsReceiptLine();
        line.receipt = receipt;
        line.orderLine = orderLine;
        line.linePosition = position;
        line.quantity = data.quantity();
        line.inspectionResult = data.inspectionResult();
        line.quarantineReason = data.inspectionResult() == InspectionResult.QUARANTINED
                ? data.quarantineReason().strip()
                : null;
        line.certificateType = data.certificateType();
        line.certificateReference = data.certificateType() == CertificateType.NONE
                ? null
                : data.certificateReference().strip();
        line.serialNumbers.addAll(data.serialNumbers().stream().map(String::strip).toList());
        line.lotNumber = data.lotNumber() == null || data.lotNumber().isBlank() ? null : data.lotNumber().strip();
        line.expiryDate = data.expiryDate();
        return line;
    }

    private static GoodsReceived event(GoodsReceipt receipt) {
        PurchaseOrder order = receipt.order;
        return new GoodsReceived(receipt.id, order.id, order.orderNumber, order.supplierId, receipt.deliveryNote,
                receipt.receivedBy, receipt.receivedAt, receipt.lines.stream().map(l -> new GoodsReceived.Line(l.id,
                        l.orderLine.id, l.orderLine.lineNumber, l.orderLine.partNumber, l.orderLine.description,
                        Decimals.quantity(l.quantity), l.orderLine.unit.name(),
                        Decimals.unitPrice(l.orderLine.unitPrice),
                        l.inspectionResult.name(),
                        l.quarantineReason, new GoodsReceived.Certificate(l.certificateType.name(),
                                l.certificateReference),
                        List.copyOf(l.serialNumbers), l.lotNumber, l.expiryDate)).toList());
    }
}
