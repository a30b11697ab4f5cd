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

/** Part of a customer's credit given to one of its invoices by a person. */
@Entity
@Table(name = "customer_credit_use")
public class CustomerCreditUse extends PanacheEntityBase {

    @Id
    @SequenceGenerator(name = "customer_credit_use_seq", sequenceName = "customer_credit_use_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "customer_credit_use_seq")
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "credit_id", nullable = false, updatable = false)
    public CustomerCredit credit;

    @Column(name = "invoice_id", nullable = false, updatable = false)
    public Long invoiceId;

    @Column(name = "invoice_number", nullable = false, updatable = false)
    public String invoiceNumber;

    @Column(nullable = false, updatable = false, precision = 19, scale = 2)
    public BigDecimal amount;

    @Column(name = "applied_at", nullable = false, updatable = false)
    public Instant appliedAt;

    @Column(name = "applied_by", nullable = false, updatable = false)
    public String appliedBy;
}
