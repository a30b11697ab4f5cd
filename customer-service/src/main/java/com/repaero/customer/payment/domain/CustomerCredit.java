package com.repaero.customer.payment.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * Money a customer paid that no invoice needed (an overpayment, a second payment): kept, never lost, and spent on
 * later invoices of the same customer, possibly over several ({@link #uses}).
 */
@Entity
@Table(name = "customer_credit")
public class CustomerCredit extends PanacheEntityBase {

    @Id
    @SequenceGenerator(name = "customer_credit_seq", sequenceName = "customer_credit_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "customer_credit_seq")
    public Long id;

    @Column(name = "customer_id", nullable = false, updatable = false)
    public Long customerId;

    /** The statement line whose money this is. */
    @Column(name = "line_id", nullable = false, updatable = false)
    public Long lineId;

    @Column(nullable = false, updatable = false, precision = 19, scale = 2)
    public BigDecimal amount;

    /** What is left to spend: the amount less every use. */
    @Column(nullable = false, precision = 19, scale = 2)
    public BigDecimal remaining;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @OneToMany(mappedBy = "credit", cascade = CascadeType.ALL)
    @OrderBy("id")
    public List<CustomerCreditUse> uses = new ArrayList<>();
}
