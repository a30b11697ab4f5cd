package com.repaero.customer.appointment.api;

import java.time.OffsetDateTime;
import java.time.ZoneId;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.repaero.customer.appointment.domain.Appointment;
import com.repaero.customer.appointment.domain.AppointmentStatus;

/**
 * A booking as its visitor sees it. {@code expiresAt}: while PENDING, when the slot is freed if not confirmed.
 * {@code manageToken}: only in the confirmation's answer, the token of the manage link the confirmation email carries
 * (the caller just proved it reads that mailbox), so the confirmed page can offer the .ics at once.
 */
public record BookingResponse(String reference, AppointmentStatus status, String appointmentType,
        String appointmentTypeName, OffsetDateTime start, OffsetDateTime end, boolean aog, OffsetDateTime expiresAt,
        @Schema(description = "Only when confirming: the manage link's token (cancel, move, calendar.ics)") String manageToken) {

    static BookingResponse of(Appointment a, ZoneId zone) {
        return of(a, zone, null);
    }

    static BookingResponse of(Appointment a, ZoneId zone, String manageToken) {
        return new BookingResponse(a.reference, a.status, a.type.code, a.type.name,
                a.startAt.atZone(zone).toOffsetDateTime(), a.endAt.atZone(zone).toOffsetDateTime(), a.aog,
                a.status == AppointmentStatus.PENDING && a.expiresAt != null
                        ? a.expiresAt.atZone(zone).toOffsetDateTime()
                        : null,
                manageToken);
    }
}
