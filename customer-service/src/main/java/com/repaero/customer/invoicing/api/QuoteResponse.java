package com.repaero.customer.invoicing.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import com.repaero.customer.invoicing.domain.OperationCategory;
import com.repaero.customer.invoicing.domain.Quote;
import com.repaero.customer.invoicing.domain.QuoteState;

/** A quote as the API shows it. */
public record QuoteResponse(long id, String quoteNumber, long customerId, QuoteState state,
        OperationCategory operationCategory, BigDecimal discountPercent, String notes, String currency,
        List<LineResponse> lines, TotalsResponse totals, LocalDate validUntil, Instant sentAt, Instant decidedAt,
        String decidedBy, Long invoiceId, int version, Instant createdAt, String createdBy, Instant updatedAt,
        String updatedBy) {

    static QuoteResponse of(Quote q) {
        return new QuoteResponse(q.id, q.quoteNumber, q.customerId, q.state, q.operationCategory,
                Amounts.rate(q.discountPercent), q.notes, "EUR", q.lines.stream().map(LineResponse::of).toList(),
                TotalsResponse.of(q.totals()), q.validUntil, q.sentAt, q.decidedAt, q.decidedBy, q.invoiceId,
                q.version, q.createdAt, q.createdBy, q.updatedAt, q.updatedBy);
    }
}
