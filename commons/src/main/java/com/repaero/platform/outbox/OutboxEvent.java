package com.repaero.platform.outbox;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One domain event waiting in the outbox (or already relayed, until the retention purge). */
@Entity
@Table(name = "outbox_event")
public class OutboxEvent extends PanacheEntityBase {

    /** Allocation size 1: the sequence gives the commit order of changes to one aggregate, which the relay keeps. */
    @Id
    @SequenceGenerator(name = "outbox_seq", sequenceName = "outbox_seq", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "outbox_seq")
    public Long seq;

    @Column(name = "event_id", nullable = false, updatable = false)
    public String eventId;

    @Column(name = "aggregate_type", nullable = false, updatable = false)
    public String aggregateType;

    @Column(name = "aggregate_id", nullable = false, updatable = false)
    public String aggregateId;

    @Column(name = "event_type", nullable = false, updatable = false)
    public String eventType;

    @Column(nullable = false, updatable = false)
    public String topic;

    @Lob
    @Column(nullable = false, updatable = false)
    public String payload;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @Column(name = "published_at")
    public Instant publishedAt;

    public int attempts;

    @Column(name = "last_error")
    public String lastError;
}
