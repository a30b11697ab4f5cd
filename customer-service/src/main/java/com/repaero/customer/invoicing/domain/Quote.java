package com.repaero.customer.invoicing.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import org.hibernate.annotations.BatchSize;

import com.repaero.platform.problem.ProblemException;

/** A quote to a customer (DE-<year>-<n>): its lines and totals, sent, then accepted, refused or expired. */
@Entity
@Table(name = "quote")
public class Quote extends PricedDocument<QuoteLine> {

    @Id
    @SequenceGenerator(name = "quote_seq", sequenceName = "quote_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "quote_seq")
    public Long id;

    @Column(name = "quote_number", nullable = false, updatable = false)
    public String quoteNumber;

    @Column(name = "customer_id", nullable = false)
    public Long customerId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public QuoteState state = QuoteState.DRAFT;

    @Column(name = "operation_category")
    @Enumerated(EnumType.STRING)
    public OperationCategory operationCategory;

    public String notes;

    @OneToMany(mappedBy = "quote", cascade = CascadeType.ALL, orphanRemoval = true)
    @BatchSize(size = 50)
    @OrderBy("lineNumber")
    public List<QuoteLine> lines = new ArrayList<>();

    @Column(name = "valid_until")
    public LocalDate validUntil;

    @Column(name = "sent_at")
    public Instant sentAt;

    @Column(name = "decided_at")
    public Instant decidedAt;

    @Column(name = "decided_by")
    public String decidedBy;

    @Column(name = "invoice_id")
    public Long invoiceId;

    @Override
    protected List<QuoteLine> documentLines() {
        return lines;
    }

    @Override
    protected QuoteLine newLine(int lineNumber) {
        QuoteLine line = new QuoteLine();
        line.quote = this;
        line.lineNumber = lineNumber;
        return line;
    }

    /** 409 {@code quote-not-editable} unless the quote is a draft. */
    @Override
    protected void requireEditable() {
        if (state != QuoteState.DRAFT) {
            throw new ProblemException.Conflict("quote-not-editable",
                    "Quote %s is %s: it can be changed only in DRAFT".formatted(quoteNumber, state));
        }
    }

    /** Moves to {@code target} or refuses with 409 {@code invalid-transition}. */
    public void moveTo(QuoteState target) {
        if (!state.canMoveTo(target)) {
            throw new ProblemException.Conflict("invalid-transition",
                    "Quote %s is %s: it cannot move to %s".formatted(quoteNumber, state, target));
        }
        state = target;
    }
}
