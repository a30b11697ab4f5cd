package com.repaero.customer.payment.domain;

import java.math.BigDecimal;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** Money of a statement line given to one invoice: a line may pay several invoices, an invoice be paid by several. */
@Entity
@Table(name = "payment_allocation")
public class PaymentAllocation extends PanacheEntityBase {

    @Id
    @SequenceGenerator(name = "payment_allocation_seq", sequenceName = "payment_allocation_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "payment_allocation_seq")
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "line_id", nullable = false, updatable = false)
    public StatementLine line;

    @Column(name = "invoice_id", nullable = false, updatable = false)
    public Long invoiceId;

    @Column(name = "invoice_number", nullable = false, updatable = false)
    public String invoiceNumber;

    @Column(nullable = false, updatable = false, precision = 19, scale = 2)
    public BigDecimal amount;

    @Column(nullable = false, updatable = false)
    public boolean manual;

    @Column(name = "allocated_at", nullable = false, updatable = false)
    public Instant allocatedAt;

    @Column(name = "allocated_by", nullable = false, updatable = false)
    public String allocatedBy;
}
