package com.repaero.customer.payment.api;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;

import com.repaero.customer.payment.domain.PaymentMatcher;
import com.repaero.customer.payment.domain.StatementLine;

/** A statement line, what it paid and what is left of it as the customer's credit. */
public record StatementLineResponse(long id, long statementId, int lineNumber, BigDecimal amount, String currency,
        boolean credit, LocalDate bookingDate, String endToEndId, String remittance, StatementLine.Status status,
        PaymentMatcher.Rule matchRule, Long customerId, List<Allocation> allocations, BigDecimal creditAmount) {

    /** Money given to one invoice. */
    public record Allocation(long invoiceId, String invoiceNumber, BigDecimal amount, boolean manual) {
    }

    static StatementLineResponse of(StatementLine l) {
        return new StatementLineResponse(l.id, l.statement.id, l.lineNumber, cents(l.amount), l.currency, l.credit,
                l.bookingDate, l.endToEndId, l.remittance, l.status, l.matchRule, l.customerId,
                l.allocations.stream().map(a -> new Allocation(a.invoiceId, a.invoiceNumber, cents(a.amount),
                        a.manual)).toList(),
                cents(l.creditAmount));
    }

    static BigDecimal cents(BigDecimal value) {
        return value == null ? null : value.setScale(2, RoundingMode.HALF_UP);
    }
}
