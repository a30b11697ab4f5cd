package com.repaero.supplier.shipment.domain;

import java.util.EnumSet;
import java.util.Set;

/** Where a shipment stands: label workflow first, then what Colissimo tracking says. */
public enum ShipmentStatus {
    CREATED, LABEL_REQUESTED, LABELLED, LABEL_FAILED, IN_TRANSIT, DELIVERED, RETURNED, EXCEPTION;

    /** States whose parcel is still tracked by the poller. */
    public static final Set<ShipmentStatus> TRACKED = EnumSet.of(LABELLED, IN_TRANSIT, EXCEPTION);

    /** States that come from tracking, and that tracking may move between. */
    public static final Set<ShipmentStatus> TRACKING = EnumSet.of(IN_TRANSIT, DELIVERED, RETURNED, EXCEPTION);

    /** A label may be (re)requested from these states. */
    public static final Set<ShipmentStatus> LABEL_REQUESTABLE = EnumSet.of(CREATED, LABEL_FAILED);
}
