package com.repaero.supplier.shipment.domain;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.panache.common.Sort;

/** One generateLabel call of a shipment, recorded before it is made (see {@link LabelRequestOutcome}). */
@Entity
@Table(name = "shipment_label_request")
@IdClass(ShipmentLabelRequest.Key.class)
public class ShipmentLabelRequest extends PanacheEntityBase {

    @Id
    @Column(name = "shipment_id")
    public Long shipmentId;

    @Id
    public Integer attempt;

    /** The sender reference the call carried, printed on the label: {@code SHP-<shipment>-<attempt>}. */
    @Column(name = "request_ref", nullable = false)
    public String requestRef;

    @Column(name = "requested_at", nullable = false)
    public Instant requestedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public LabelRequestOutcome outcome;

    @Column(name = "parcel_number")
    public String parcelNumber;

    @Column(name = "closed_at")
    public Instant closedAt;

    static String reference(long shipmentId, int attempt) {
        return "SHP-" + shipmentId + "-" + attempt;
    }

    void close(LabelRequestOutcome result, String parcel, Instant now) {
        outcome = result;
        parcelNumber = parcel;
        closedAt = now;
    }

    /** The calls of a shipment, first first. */
    public static List<ShipmentLabelRequest> ofShipment(long shipmentId) {
        return list("shipmentId", Sort.ascending("attempt"), shipmentId);
    }

    /** The composite key. */
    public static class Key implements Serializable {
        public Long shipmentId;
        public Integer attempt;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(shipmentId, k.shipmentId) && Objects.equals(attempt, k.attempt);
        }

        @Override
        public int hashCode() {
            return Objects.hash(shipmentId, attempt);
        }
    }
}
