package com.repaero.customer.appointment.api;

import java.util.List;

import com.repaero.customer.appointment.domain.Technician;

/** A technician's calendar. */
public record TechnicianResponse(long id, String name, String email, String phone, boolean active,
        List<HoursData> hours) {

    static TechnicianResponse of(Technician t) {
        return new TechnicianResponse(t.id, t.name, t.email, t.phone, t.active, HoursData.of(t.hours));
    }
}
