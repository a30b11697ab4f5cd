package com.repaero.customer.appointment.api;

import java.time.OffsetDateTime;

/**
 * A signed booking form: send {@code formToken} back with the booking, no sooner than {@code notBefore}, and leave
 * the field named {@code honeypotField} empty (hidden from people, filled by robots).
 */
public record BookingFormResponse(String formToken, String honeypotField, OffsetDateTime notBefore,
        OffsetDateTime expiresAt) {
}
