package com.repaero.customer.payment.domain;

import java.math.BigDecimal;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** Money a customer paid that no invoice needed (an overpayment, a second payment): kept, never lost. */
@Entity
@Table(name = "customer_credit")
public class CustomerCredit extends PanacheEntityBase {

    @Id
    @SequenceGenerator(name = "customer_credit_seq", sequenceName = "customer_credit_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "customer_credit_seq")
    public Long id;

    @Column(name = "customer_id", nullable = false, updatable = false)
    public Long customerId;

    @Column(name = "line_id", nullable = false, updatable = false)
    public Long lineId;

    @Column(nullable = false, updatable = false, precision = 19, scale = 2)
    public BigDecimal amount;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;
}
