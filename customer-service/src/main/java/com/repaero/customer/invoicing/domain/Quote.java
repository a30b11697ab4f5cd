package com.repaero.customer.invoicing.domain;

import java.math.BigDecimal;
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

import com.repaero.platform.persistence.AuditedEntity;
import com.repaero.platform.problem.ProblemException;

/** A quote to a customer (DE-<year>-<n>): its lines and totals, sent, then accepted, refused or expired. */
@Entity
@Table(name = "quote")
public class Quote extends AuditedEntity {

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

    @Column(name = "discount_percent", nullable = false, precision = 5, scale = 2)
    public BigDecimal discountPercent = BigDecimal.ZERO;

    public String notes;

    @OneToMany(mappedBy = "quote", cascade = CascadeType.ALL, orphanRemoval = true)
    @BatchSize(size = 50)
    @OrderBy("lineNumber")
    public List<QuoteLine> lines = new ArrayList<>();

    @Column(name = "lines_net", nullable = false, precision = 19, scale = 2)
    public BigDecimal linesNet;

    @Column(name = "allowance_total", nullable = false, precision = 19, scale = 2)
    public BigDecimal allowanceTotal;

    @Column(name = "tax_basis", nullable = false, precision = 19, scale = 2)
    public BigDecimal taxBasis;

    @Column(name = "vat_total", nullable = false, precision = 19, scale = 2)
    public BigDecimal vatTotal;

    @Column(name = "grand_total", nullable = false, precision = 19, scale = 2)
    public BigDecimal grandTotal;

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

    /** Replaces the lines and recomputes the totals, only while the quote is a draft. */
    public void replaceLines(List<LineInput> inputs, BigDecimal documentDiscount) {
        if (state != QuoteState.DRAFT) {
            throw new ProblemException.Conflict("quote-not-editable",
                    "Quote %s is %s: it can be changed only in DRAFT".formatted(quoteNumber, state));
        }
        DocumentTotals totals = DocumentTotals.of(inputs, documentDiscount);
        for (int i = 0; i < inputs.size(); i++) {
            QuoteLine line;
            if (i < lines.size()) {
                line = lines.get(i);
            } else {
                line = new QuoteLine();
                line.quote = this;
                line.lineNumber = i + 1;
                lines.add(line);
            }
            line.set(inputs.get(i), totals.lines().get(i));
        }
        while (lines.size() > inputs.size()) {
            lines.remove(lines.size() - 1);
        }
        discountPercent = documentDiscount == null ? BigDecimal.ZERO : documentDiscount;
        linesNet = totals.linesNet();
        allowanceTotal = totals.allowanceTotal();
        taxBasis = totals.taxBasis();
        vatTotal = totals.vatTotal();
        grandTotal = totals.grandTotal();
    }

    public List<LineInput> inputs() {
        return lines.stream().map(DocumentLine::input).toList();
    }

    public DocumentTotals totals() {
        return DocumentTotals.of(inputs(), discountPercent);
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
