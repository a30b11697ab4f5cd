package com.repaero.customer.payment.api;

import java.math.BigDecimal;

import com.repaero.customer.payment.domain.PaymentService;

/** What a use of a credit did: the use, the credit after it, and the invoice's payment state after it. */
public record CreditApplicationResponse(CreditResponse.Use use, CreditResponse credit, InvoicePayment invoice) {

    /** The invoice's payments after the use. */
    public record InvoicePayment(long id, String number, BigDecimal grandTotal, BigDecimal paidAmount,
            BigDecimal outstandingAmount, String paymentStatus) {
    }

    static CreditApplicationResponse of(PaymentService.CreditUseOutcome outcome) {
        var i = outcome.invoice();
        return new CreditApplicationResponse(CreditResponse.Use.of(outcome.use()), CreditResponse.of(outcome.credit()),
                new InvoicePayment(i.id, i.number, StatementLineResponse.cents(i.grandTotal),
                        StatementLineResponse.cents(i.paidAmount), StatementLineResponse.cents(i.outstanding()),
                        i.paymentStatus.name()));
    }
}
