package com.repaero.supplier.shipment.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One Colissimo tracking event of a shipment, stored once (unique on shipment, code and date). */
@Entity
@Table(name = "shipment_tracking_event")
public class TrackingEvent extends PanacheEntityBase {

    @Id
    @SequenceGenerator(name = "shipment_tracking_event_seq", sequenceName = "shipment_tracking_event_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "shipment_tracking_event_seq")
    public Long id;

    @Column(name = "shipment_id", nullable = false)
    public Long shipmentId;

    @Column(nullable = false)
    public String code;

    @Column(name = "label_short")
    public String labelShort;

    @Column(name = "label_long")
    public String labelLong;

    @Column(name = "occurred_at", nullable = false)
    public Instant occurredAt;

    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;

    /** The identity of an event for deduplication. */
    public String key() {
        return code + "@" + occurredAt;
    }
}
