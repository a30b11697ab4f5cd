package com.repaero.supplier.shipment.messaging;

import java.time.Instant;

/**
 * Event: a shipment reached a new status that others may act on (labelled, in transit, delivered, returned,
 * exception). Schema: docs/events/supplier/ShipmentStatusChanged.schema.json.
 */
public record ShipmentStatusChanged(
        long shipmentId,
        String parcelNumber,
        String previousStatus,
        String status,
        String reference,
        Long supplierId,
        String trackingCode,
        String trackingLabel,
        Instant occurredAt,
        Instant changedAt) {
}
