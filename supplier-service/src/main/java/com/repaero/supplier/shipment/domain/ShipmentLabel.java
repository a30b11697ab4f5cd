package com.repaero.supplier.shipment.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** The printable label of a shipment, kept apart so that reading shipments does not load the file. */
@Entity
@Table(name = "shipment_label")
public class ShipmentLabel extends PanacheEntityBase {

    @Id
    @Column(name = "shipment_id")
    public Long shipmentId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public LabelFormat format;

    @Column(name = "parcel_number", nullable = false)
    public String parcelNumber;

    @Lob
    @Column(nullable = false)
    public byte[] content;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
}
