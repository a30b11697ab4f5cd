package com.repaero.customer.crm.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
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

import org.hibernate.type.NumericBooleanConverter;

import com.repaero.customer.customer.domain.Customer;
import com.repaero.platform.persistence.AuditedEntity;

/** A deal in the sales pipeline: a repair, an overhaul, a contract to win for a customer. */
@Entity
@Table(name = "opportunity")
public class Opportunity extends AuditedEntity {

    @Id
    @SequenceGenerator(name = "opportunity_seq", sequenceName = "opportunity_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "opportunity_seq")
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "customer_id", nullable = false)
    public Customer customer;

    @Column(nullable = false)
    public String title;

    public String description;

    /** Expected revenue in euros, excluding VAT. */
    public BigDecimal amount;

    @Column(name = "expected_close")
    public LocalDate expectedCloseDate;

    /** User name of the salesperson in charge; null while unassigned (e.g. a fresh booking). */
    public String owner;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "stage_id", nullable = false)
    public PipelineStage stage;

    @Column(name = "stage_changed_at", nullable = false)
    public Instant stageChangedAt;

    /** When it reached a won or lost stage; null while open. */
    @Column(name = "closed_at")
    public Instant closedAt;

    /** Urgent, e.g. an aircraft on ground (AOG): shown first and flagged on the board. */
    @Column(nullable = false)
    @Convert(converter = NumericBooleanConverter.class)
    public boolean urgent;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public OpportunitySource source;

    @Column(name = "contact_name")
    public String contactName;

    @Column(name = "booking_reference")
    public String bookingReference;

    public static Opportunity findByBookingReference(String reference) {
        return find("bookingReference", reference).firstResult();
    }
}
