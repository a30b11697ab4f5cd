package com.repaero.customer.appointment.messaging;

import java.time.Instant;
import java.time.OffsetDateTime;

/** A confirmed booking was cancelled, by its visitor ({@code cancelledBy} = customer) or by staff (their user name). */
public record AppointmentCancelled(long appointmentId, String reference, String appointmentType,
        OffsetDateTime start, boolean aog, String cancelledBy, String reason, Instant cancelledAt) {
}
