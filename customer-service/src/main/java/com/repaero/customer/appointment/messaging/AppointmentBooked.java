package com.repaero.customer.appointment.messaging;

import java.time.Instant;
import java.time.OffsetDateTime;

/**
 * A booking was confirmed by its visitor (or moved to another time: then {@code previousStart} is set). Resource
 * planning assigns a technician from it; times carry the Europe/Paris offset.
 */
public record AppointmentBooked(long appointmentId, String reference, String appointmentType,
        String appointmentTypeName, OffsetDateTime start, OffsetDateTime end, boolean aog, String companyName,
        String siren, String contactName, String email, String phone, OffsetDateTime previousStart,
        Instant confirmedAt) {
}
