package com.repaero.supplier.bank.messaging;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A pain.001 file was taken by the bank: its bills are being paid (not yet seen on a statement). */
public record PaymentBatchSent(long batchId, String messageId, LocalDate requestedExecutionDate,
        int numberOfTransactions, String currency, BigDecimal controlSum, List<Payment> payments, Instant sentAt,
        String sentBy) {

    /** One bill's transfer. */
    public record Payment(long billId, long supplierId, String endToEndId, BigDecimal amount) {
    }
}
