package com.repaero.customer.appointment.api;

import java.time.OffsetDateTime;
import java.time.ZoneId;

import com.repaero.customer.appointment.domain.Appointment;
import com.repaero.customer.appointment.domain.AppointmentStatus;

/** One line of the staff calendar. */
public record AppointmentSummary(long id, String reference, AppointmentStatus status, String appointmentType,
        String appointmentTypeName, OffsetDateTime start, OffsetDateTime end, boolean aog, String contactName,
        String companyName) {

    static AppointmentSummary of(Appointment a, ZoneId zone) {
        return new AppointmentSummary(a.id, a.reference, a.status, a.type.code, a.type.name,
                a.startAt.atZone(zone).toOffsetDateTime(), a.endAt.atZone(zone).toOffsetDateTime(), a.aog,
                a.contactName, a.companyName);
    }
}
