package com.repaero.customer.payment.domain;

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
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One transaction of a statement and what matching made of it. */
@Entity
@Table(name = "bank_statement_line")
public class StatementLine extends PanacheEntityBase {

    /** MATCHED to invoices (and perhaps credit), UNMATCHED credit waiting for a person, IGNORED debit. */
    public enum Status {
        MATCHED, UNMATCHED, IGNORED
    }

    @Id
    @SequenceGenerator(name = "bank_statement_line_seq", sequenceName = "bank_statement_line_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "bank_statement_line_seq")
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "statement_id", nullable = false, updatable = false)
    public BankStatement statement;

    @Column(name = "line_number", nullable = false)
    public int lineNumber;

    @Column(name = "entry_reference")
    public String entryReference;

    @Column(nullable = false, precision = 19, scale = 2)
    public BigDecimal amount;

    @Column(nullable = false)
    public String currency;

    @Column(nullable = false)
    public boolean credit;

    @Column(name = "booking_date")
    public LocalDate bookingDate;

    @Column(name = "value_date")
    public LocalDate valueDate;

    @Column(name = "end_to_end_id")
    public String endToEndId;

    public String remittance;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status;

    @Enumerated(EnumType.STRING)
    @Column(name = "match_rule")
    public PaymentMatcher.Rule matchRule;

    /** The payer, once known from the invoices the line paid. */
    @Column(name = "customer_id")
    public Long customerId;

    /** What was not allocated to an invoice and is kept as the customer's credit. */
    @Column(name = "credit_amount", precision = 19, scale = 2)
    public BigDecimal creditAmount;

    @Column(name = "matched_at")
    public Instant matchedAt;

    @Column(name = "matched_by")
    public String matchedBy;

    @OneToMany(mappedBy = "line", cascade = CascadeType.ALL)
    @OrderBy("id")
    public List<PaymentAllocation> allocations = new ArrayList<>();
}
