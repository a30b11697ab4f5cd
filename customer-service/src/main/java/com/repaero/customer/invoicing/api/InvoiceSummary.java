package com.repaero.customer.invoicing.api;

import java.math.BigDecimal;
import java.time.LocalDate;

import com.repaero.customer.invoicing.domain.Invoice;
import com.repaero.customer.invoicing.domain.InvoiceKind;
import com.repaero.customer.invoicing.domain.InvoiceState;
import com.repaero.customer.invoicing.domain.PaymentStatus;

/**
 * An invoice in a search result. {@code buyerName}: as printed on an issued invoice, the customer's current name on a
 * draft.
 */
public record InvoiceSummary(long id, InvoiceKind kind, String number, InvoiceState state, long customerId,
        String buyerName, LocalDate issueDate, LocalDate dueDate, BigDecimal grandTotal, PaymentStatus paymentStatus,
        BigDecimal outstandingAmount) {

    static InvoiceSummary of(Invoice i, LocalDate today) {
        return new InvoiceSummary(i.id, i.kind, i.number, i.state, i.customerId, i.buyerName, i.issueDate, i.dueDate,
                Amounts.amount(i.grandTotal), i.paymentStatusOn(today),
                i.paymentStatus == null ? null : Amounts.amount(i.outstanding()));
    }
}
