package com.repaero.customer.invoicing.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import com.repaero.customer.customer.domain.CustomerDirectory;
import com.repaero.customer.invoicing.InvoicingConfig;
import com.repaero.platform.problem.ProblemException;

/** Quotes: drafted, sent (valid for a configured number of days), accepted or refused, converted to an invoice. */
@ApplicationScoped
public class QuoteService {

    private final CustomerDirectory customers;
    private final DocumentNumbers numbers;
    private final InvoiceService invoices;
    private final InvoicingClock clock;
    private final InvoicingConfig config;

    public QuoteService(CustomerDirectory customers, DocumentNumbers numbers, InvoiceService invoices,
            InvoicingClock clock, InvoicingConfig config) {
        this.customers = customers;
        this.numbers = numbers;
        this.invoices = invoices;
        this.clock = clock;
        this.config = config;
    }

    /** What a quote holds besides its lines. */
    public record QuoteData(long customerId, OperationCategory operationCategory, BigDecimal discountPercent,
            String notes) {
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public Quote create(QuoteData data, List<LineInput> lines, String user) {
        requireCustomer(data.customerId());
        LineRules.check(lines);
        Quote quote = new Quote();
        quote.customerId = data.customerId();
        apply(quote, data, lines);
        quote.quoteNumber = numbers.next("DE", clock.today().getYear());
        quote.markCreated(user, clock.now());
        quote.persist();
        return quote;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public Quote update(long id, int version, QuoteData data, List<LineInput> lines, String user) {
        Quote quote = find(id);
        if (quote.version != version) {
            throw new ProblemException.StaleVersion("The quote");
        }
        if (data.customerId() != quote.customerId) {
            requireCustomer(data.customerId());
            quote.customerId = data.customerId();
        }
        LineRules.check(lines);
        apply(quote, data, lines);
        quote.markUpdated(user, clock.now());
        return quote;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public Quote send(long id, String user) {
        Quote quote = lock(id);
        quote.moveTo(QuoteState.SENT);
        quote.sentAt = clock.now();
        quote.validUntil = clock.today().plusDays(config.quoteValidityDays());
        quote.markUpdated(user, quote.sentAt);
        return quote;
    }

    /** The customer's answer: ACCEPTED or REFUSED, while the quote is valid (409 quote-expired after). */
    @Transactional(Transactional.TxType.MANDATORY)
    public Quote decide(long id, QuoteState decision, String user) {
        Quote quote = lock(id);
        if (quote.state == QuoteState.SENT && quote.validUntil.isBefore(clock.today())) {
            throw new ProblemException.Conflict("quote-expired",
                    "Quote %s was valid until %s: send a new one".formatted(quote.quoteNumber, quote.validUntil));
        }
        quote.moveTo(decision);
        quote.decidedAt = clock.now();
        quote.decidedBy = user;
        quote.markUpdated(user, quote.decidedAt);
        return quote;
    }

    /** Sent quotes past their validity date become EXPIRED; returns how many. */
    @Transactional
    public int expire(LocalDate today) {
        List<Quote> due = Quote.list("state = ?1 and validUntil < ?2", QuoteState.SENT, today);
        due.forEach(q -> {
            q.moveTo(QuoteState.EXPIRED);
            q.markUpdated("system", clock.now());
        });
        return due.size();
    }

    /** An invoice draft with the accepted quote's customer, lines and discount; once per quote. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Invoice convert(long id, String user) {
        Quote quote = lock(id);
        if (quote.state != QuoteState.ACCEPTED) {
            throw new ProblemException.Conflict("quote-not-accepted",
                    "Quote %s is %s: only an accepted quote becomes an invoice".formatted(quote.quoteNumber,
                            quote.state));
        }
        if (quote.invoiceId != null) {
            throw new ProblemException.Conflict("quote-already-invoiced",
                    "Quote %s already became invoice draft %d".formatted(quote.quoteNumber, quote.invoiceId));
        }
        Invoice invoice = invoices.createDraft(new InvoiceService.DraftData(quote.customerId,
                quote.operationCategory, null, quote.discountPercent, null, null,
                "Selon devis " + quote.quoteNumber), quote.inputs(), quote.id, user);
        quote.invoiceId = invoice.id;
        quote.markUpdated(user, clock.now());
        return invoice;
    }

    public static Quote find(long id) {
        return Quote.<Quote>findByIdOptional(id).orElseThrow(() -> new ProblemException.NotFound("Quote", id));
    }

    private static Quote lock(long id) {
        return Quote.<Quote>findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> new ProblemException.NotFound("Quote", id));
    }

    private void apply(Quote quote, QuoteData data, List<LineInput> lines) {
        quote.replaceLines(lines, data.discountPercent());
        quote.operationCategory = data.operationCategory() != null
                ? data.operationCategory()
                : OperationCategory.inferredFrom(lines);
        quote.notes = data.notes();
    }

    private void requireCustomer(long customerId) {
        if (customers.find(customerId).isEmpty()) {
            throw new ProblemException.InvalidInput("customerId", "is not a known customer");
        }
    }
}
