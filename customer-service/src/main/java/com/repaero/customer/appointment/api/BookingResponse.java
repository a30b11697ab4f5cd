package com.repaero.customer.appointment.api;

import java.time.OffsetDateTime;
import java.time.ZoneId;

import com.repaero.customer.appointment.domain.Appointment;
import com.repaero.customer.appointment.domain.AppointmentStatus;

/** A booking as its visitor sees it. {@code expiresAt}: while PENDING, when the slot is freed if not confirmed. */
public record BookingResponse(String reference, AppointmentStatus status, String appointmentType,
        String appointmentTypeName, OffsetDateTime start, OffsetDateTime end, boolean aog, OffsetDateTime expiresAt) {

    static BookingResponse of(Appointment a, ZoneId zone) {
        return new BookingResponse(a.reference, a.status, a.type.code, a.type.name,
                a.startAt.atZone(zone).toOffsetDateTime(), a.endAt.atZone(zone).toOffsetDateTime(), a.aog,
                a.status == AppointmentStatus.PENDING && a.expiresAt != null
                        ? a.expiresAt.atZone(zone).toOffsetDateTime()
                        : null);
    }
}
