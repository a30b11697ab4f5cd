package com.repaero.customer.invoicing.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A payment reminder sent for an invoice at one dunning step; unique per invoice and step, so never sent twice. */
@Entity
@Table(name = "dunning_reminder")
public class DunningReminder extends PanacheEntityBase {

    @Id
    @SequenceGenerator(name = "dunning_reminder_seq", sequenceName = "dunning_reminder_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "dunning_reminder_seq")
    public Long id;

    @Column(name = "invoice_id", nullable = false, updatable = false)
    public Long invoiceId;

    /** Days after the due date. */
    @Column(name = "step_days", nullable = false, updatable = false)
    public int stepDays;

    @Column(name = "sent_to", nullable = false, updatable = false)
    public String sentTo;

    @Column(name = "outstanding_amount", nullable = false, updatable = false, precision = 19, scale = 2)
    public java.math.BigDecimal outstandingAmount;

    @Column(name = "sent_at", nullable = false, updatable = false)
    public Instant sentAt;
}
