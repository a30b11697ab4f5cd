package com.repaero.supplier.shipment.colissimo;

import java.time.Instant;
import java.util.List;

/** A parcel's tracking timeline: its events and the highest active step (0 announced … 5 delivered, -1 none). */
public record Timeline(List<Event> events, int highestActiveStep) {

    /** One tracking event, e.g. PCHCFM "pris en charge", LIVCFM "livré". */
    public record Event(String code, String labelShort, String labelLong, Instant date) {
    }
}
