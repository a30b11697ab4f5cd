package com.repaero.customer.payment.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import com.repaero.customer.payment.domain.CustomerCredit;
import com.repaero.customer.payment.domain.CustomerCreditUse;

/** Money a customer paid beyond what its invoices asked, what is left of it and the invoices it paid since. */
public record CreditResponse(long id, long customerId, long lineId, BigDecimal amount, BigDecimal remaining,
        Instant createdAt, List<Use> uses) {

    /** Part of the credit given to one invoice. */
    public record Use(long id, long invoiceId, String invoiceNumber, BigDecimal amount, Instant appliedAt,
            String appliedBy) {

        static Use of(CustomerCreditUse u) {
            return new Use(u.id, u.invoiceId, u.invoiceNumber, StatementLineResponse.cents(u.amount), u.appliedAt,
                    u.appliedBy);
        }
    }

    static CreditResponse of(CustomerCredit c) {
        return new CreditResponse(c.id, c.customerId, c.lineId, StatementLineResponse.cents(c.amount),
                StatementLineResponse.cents(c.remaining), c.createdAt, c.uses.stream().map(Use::of).toList());
    }
}
