package com.repaero.supplier.bank.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import com.repaero.supplier.bank.domain.BillPayment;
import com.repaero.supplier.bank.domain.PaymentBatch;

/** A payment batch as the API shows it (the pain.001 file itself is downloaded separately). */
public record PaymentBatchResponse(long id, String messageId, String state, LocalDate requestedExecutionDate,
        int numberOfTransactions, BigDecimal controlSum, List<Payment> payments, Instant createdAt, String createdBy,
        Instant sentAt) {

    /** One bill's transfer. */
    public record Payment(long billId, long supplierId, String endToEndId, BigDecimal amount, BigDecimal paidAmount,
            String state, String remittance) {
    }

    public static PaymentBatchResponse of(PaymentBatch batch) {
        return new PaymentBatchResponse(batch.id, batch.messageId, batch.state.name(), batch.executionDate,
                batch.transactionCount, batch.controlSum, batch.payments.stream().map(PaymentBatchResponse::of)
                        .toList(),
                batch.createdAt, batch.createdBy, batch.sentAt);
    }

    private static Payment of(BillPayment payment) {
        return new Payment(payment.billId, payment.supplierId, payment.endToEndId, payment.amount,
                payment.paidAmount, payment.state.name(), payment.remittance);
    }
}
