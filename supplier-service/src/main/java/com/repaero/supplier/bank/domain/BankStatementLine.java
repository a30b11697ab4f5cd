package com.repaero.supplier.bank.domain;

import java.math.BigDecimal;
import java.time.LocalDate;

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
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One transaction of a statement and what reconciliation made of it. */
@Entity
@Table(name = "bank_statement_line")
public class BankStatementLine extends PanacheEntityBase {

    /** MATCHED to a transfer, UNMATCHED debit for a person to look at, IGNORED credit. */
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
    public boolean debit;

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

    @Column(name = "bill_id")
    public Long billId;

    @Column(name = "matched_by")
    public String matchedBy;
}
