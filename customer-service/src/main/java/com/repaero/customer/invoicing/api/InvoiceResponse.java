package com.repaero.customer.invoicing.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import com.repaero.customer.customer.domain.PostalAddress;
import com.repaero.customer.invoicing.domain.Invoice;
import com.repaero.customer.invoicing.domain.InvoiceKind;
import com.repaero.customer.invoicing.domain.InvoiceState;
import com.repaero.customer.invoicing.domain.OperationCategory;
import com.repaero.customer.invoicing.domain.PaymentStatus;
import com.repaero.customer.invoicing.domain.PaymentTerms;

/**
 * An invoice or credit note as the API shows it. {@code buyer} is the snapshot taken at issue (null on a draft);
 * {@code paymentStatus} is OVERDUE once the due date has passed without full payment.
 */
public record InvoiceResponse(long id, InvoiceKind kind, String number, InvoiceState state, long customerId,
        Long quoteId, Long creditedInvoiceId, String creditedInvoiceNumber, OperationCategory operationCategory,
        PaymentTerms paymentTerms, BigDecimal discountPercent, String buyerReference, LocalDate deliveryDate,
        String notes, String currency, List<LineResponse> lines, TotalsResponse totals, LocalDate issueDate,
        LocalDate dueDate, Buyer buyer, Boolean vatOnDebits, PaymentStatus paymentStatus, BigDecimal paidAmount,
        BigDecimal creditedAmount, BigDecimal outstandingAmount, Instant issuedAt, String issuedBy, int version,
        Instant createdAt, String createdBy, Instant updatedAt, String updatedBy) {

    /** The buyer as printed on the issued invoice. */
    public record Buyer(String legalName, String siren, String vatNumber, String email, PostalAddress billingAddress,
            PostalAddress deliveryAddress) {
    }

    static InvoiceResponse of(Invoice i, LocalDate today) {
        Buyer buyer = i.state != InvoiceState.ISSUED || i.buyerName == null
                ? null
                : new Buyer(i.buyerName, i.buyerSiren, i.buyerVatNumber, i.buyerEmail, i.billingAddress(),
                        i.deliveryAddress());
        boolean payable = i.kind == InvoiceKind.INVOICE && i.paymentStatus != null;
        return new InvoiceResponse(i.id, i.kind, i.number, i.state, i.customerId, i.quoteId, i.creditedInvoiceId,
                i.creditedInvoiceNumber, i.operationCategory, i.paymentTerms, Amounts.rate(i.discountPercent),
                i.buyerReference, i.deliveryDate, i.notes, "EUR", i.lines.stream().map(LineResponse::of).toList(),
                TotalsResponse.of(i.totals()), i.issueDate, i.dueDate, buyer, i.vatOnDebits,
                i.paymentStatusOn(today), payable ? Amounts.amount(i.paidAmount) : null,
                payable ? Amounts.amount(i.creditedAmount) : null, payable ? Amounts.amount(i.outstanding()) : null,
                i.issuedAt, i.issuedBy, i.version, i.createdAt, i.createdBy, i.updatedAt, i.updatedBy);
    }
}
