package com.repaero.customer.appointment.api;

import java.time.OffsetDateTime;
import java.time.ZoneId;

import com.repaero.customer.appointment.domain.TechnicianAbsence;

/** A technician's absence. */
public record AbsenceResponse(long id, long technicianId, OffsetDateTime start, OffsetDateTime end, String reason) {

    static AbsenceResponse of(TechnicianAbsence a, ZoneId zone) {
        return new AbsenceResponse(a.id, a.technicianId, a.startsAt.atZone(zone).toOffsetDateTime(),
                a.endsAt.atZone(zone).toOffsetDateTime(), a.reason);
    }
}
