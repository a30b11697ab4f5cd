package com.repaero.supplier.bank.messaging;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A bank statement line settled (part of) a bill's transfer: the bill is PAID or PARTLY_PAID. */
public record PaymentReconciled(long billId, long supplierId, String endToEndId, long statementId,
        String statementRef, long lineId, String currency, BigDecimal amount, BigDecimal paidAmount,
        BigDecimal remainingAmount, String billState, LocalDate bookingDate, boolean manual, String reconciledBy) {
}
