package com.repaero.customer.payment.messaging;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A customer's transfer, seen on a camt.053 statement, paid all or part of an invoice (matched automatically or by a
 * person), directly ({@code BANK_TRANSFER}) or later from the customer's credit it left ({@code CUSTOMER_CREDIT}, the
 * statement fields then name the transfer the credit came from). One event per invoice paid; key: the invoice number.
 */
public record PaymentReceived(
        long invoiceId,
        String invoiceNumber,
        long customerId,
        String currency,
        BigDecimal amount,
        BigDecimal paidAmount,
        BigDecimal outstandingAmount,
        String paymentStatus,
        long statementId,
        String statementRef,
        long lineId,
        String endToEndId,
        LocalDate bookingDate,
        String matchRule,
        boolean manual,
        String matchedBy,
        String source,
        Long creditId) {

    public static final String BANK_TRANSFER = "BANK_TRANSFER";
    public static final String CUSTOMER_CREDIT = "CUSTOMER_CREDIT";
}
