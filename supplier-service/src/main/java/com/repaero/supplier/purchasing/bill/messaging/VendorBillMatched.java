package com.repaero.supplier.purchasing.bill.messaging;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Event: a vendor bill matched its order and receipts within tolerances (schema:
 * docs/events/supplier/VendorBillMatched.schema.json). Amounts in EUR.
 */
public record VendorBillMatched(
        long billId,
        long supplierId,
        String invoiceNumber,
        LocalDate invoiceDate,
        LocalDate dueDate,
        long orderId,
        String orderNumber,
        String currency,
        BigDecimal netAmount,
        BigDecimal vatAmount,
        BigDecimal totalAmount,
        Instant matchedAt) {
}
