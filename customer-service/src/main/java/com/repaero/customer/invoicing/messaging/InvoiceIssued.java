package com.repaero.customer.invoicing.messaging;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * An invoice or credit note was issued (numbered, Factur-X document written). Key: the document number.
 * {@code creditedInvoiceNumber} is set for a credit note.
 */
public record InvoiceIssued(
        long invoiceId,
        String number,
        String documentType,
        long customerId,
        String buyerName,
        String buyerSiren,
        LocalDate issueDate,
        LocalDate dueDate,
        String operationCategory,
        String currency,
        BigDecimal taxBasis,
        BigDecimal vatTotal,
        BigDecimal grandTotal,
        String creditedInvoiceNumber,
        String issuedBy) {
}
