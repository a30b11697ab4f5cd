package com.repaero.supplier.shipment.domain;

/** What became of one generateLabel call. */
public enum LabelRequestOutcome {
    /** Written before the call; still so after a crash until the request is taken over. */
    PENDING,
    /** Colissimo answered with the label: the shipment's parcel number. */
    LABELLED,
    /** Colissimo answered no (credentials, address…): no label was made. */
    REFUSED,
    /** The request certainly was not carried out (no connection, 503, 429): no label was made. */
    NOT_SENT,
    /**
     * The answer was lost (timeout, broken connection, 500, crash of this service): Colissimo may have made a label
     * that nobody received. It is unused; find it in Colissimo's back office by the request's reference.
     */
    UNKNOWN
}
