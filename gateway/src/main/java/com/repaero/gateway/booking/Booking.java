package com.repaero.gateway.booking;

import java.time.OffsetDateTime;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** A booking as its visitor sees it; {@code expiresAt}: while PENDING, when the slot is freed if not confirmed. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Booking(String reference, String status, String appointmentType, String appointmentTypeName,
        OffsetDateTime start, OffsetDateTime end, boolean aog, OffsetDateTime expiresAt) {

    /** PENDING and CONFIRMED hold their slot: they can still be moved or cancelled. */
    public boolean active() {
        return "PENDING".equals(status) || "CONFIRMED".equals(status);
    }
}
