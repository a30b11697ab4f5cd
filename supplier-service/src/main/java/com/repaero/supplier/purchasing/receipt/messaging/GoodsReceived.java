package com.repaero.supplier.purchasing.receipt.messaging;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Event: goods arrived against a purchase order and were inspected (schema:
 * docs/events/supplier/GoodsReceived.schema.json). Written for the stock service: each line says which part, how
 * many in which unit, whether it goes to serviceable stock (ACCEPTED) or quarantine, the certificate, and the serials
 * (one per unit) or the lot.
 */
public record GoodsReceived(
        long receiptId,
        long orderId,
        String orderNumber,
        long supplierId,
        String deliveryNote,
        String receivedBy,
        Instant receivedAt,
        List<Line> lines) {

    /**
     * One received order line; {@code unitPrice} (EUR, excl. VAT) is the ordered price, for stock valuation;
     * {@code expiryDate} the end of shelf life, when the part has one.
     */
    public record Line(long receiptLineId, long orderLineId, int orderLineNumber, String partNumber,
            String description, BigDecimal quantity, String unit, BigDecimal unitPrice, String inspectionResult,
            String quarantineReason, Certificate certificate, List<String> serialNumbers, String lotNumber,
            LocalDate expiryDate) {
    }

    /** The release document: type and form tracking number (null for NONE). */
    public record Certificate(String type, String reference) {
    }
}
