package com.repaero.supplier.purchasing.receipt.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import com.repaero.supplier.purchasing.order.domain.Decimals;
import com.repaero.supplier.purchasing.order.domain.UnitOfMeasure;
import com.repaero.supplier.purchasing.receipt.domain.CertificateType;
import com.repaero.supplier.purchasing.receipt.domain.GoodsReceipt;
import com.repaero.supplier.purchasing.receipt.domain.GoodsReceiptLine;
import com.repaero.supplier.purchasing.receipt.domain.InspectionResult;

/** A goods receipt as the API shows it. */
public record GoodsReceiptResponse(
        long id,
        long orderId,
        String orderNumber,
        String deliveryNote,
        Instant receivedAt,
        String receivedBy,
        List<Line> lines) {

    /** One received line. */
    public record Line(long id, long orderLineId, int orderLineNumber, String partNumber, BigDecimal quantity,
            UnitOfMeasure unit, InspectionResult inspectionResult, String quarantineReason,
            CertificateType certificateType, String certificateReference, List<String> serialNumbers,
            String lotNumber, LocalDate expiryDate) {

        static Line of(GoodsReceiptLine l) {
            return new Line(l.id, l.orderLine.id, l.orderLine.lineNumber, l.orderLine.partNumber,
                    Decimals.quantity(l.quantity),
                    l.orderLine.unit, l.inspectionResult, l.quarantineReason, l.certificateType,
                    l.certificateReference, List.copyOf(l.serialNumbers), l.lotNumber, l.expiryDate);
        }
    }

    static GoodsReceiptResponse of(GoodsReceipt r) {
        return new GoodsReceiptResponse(r.id, r.order.id, r.order.orderNumber, r.deliveryNote, r.receivedAt,
                r.receivedBy, r.lines.stream().map(Line::of).toList());
    }
}
