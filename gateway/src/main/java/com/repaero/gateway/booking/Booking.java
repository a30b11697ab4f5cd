package com.repaero.gateway.booking;

import java.time.OffsetDateTime;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * A booking as its visitor sees it; {@code expiresAt}: while PENDING, when the slot is freed if not confirmed;
 * {@code manageToken}: only in the confirmation's answer, the manage link's token.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Booking(String reference, String status, String appointmentType, String appointmentTypeName,
        OffsetDateTime start, OffsetDateTime end, boolean aog, OffsetDateTime expiresAt, String manageToken) {

    /** PENDING and CONFIRMED hold their slot: they can still be moved or cancelled. */
    public boolean active() {
        return "PENDING".equals(status) || "CONFIRMED".equals(status);
    }
}
