package com.repaero.supplier.purchasing.receipt.domain;

/** Outcome of the incoming inspection of received parts (EASA Part-145). */
public enum InspectionResult {
    /** Conforms: may go to serviceable stock. */
    ACCEPTED,
    /** Held apart until the doubt is cleared (missing or doubtful certificate, damage...); a reason is mandatory. */
    QUARANTINED
}
