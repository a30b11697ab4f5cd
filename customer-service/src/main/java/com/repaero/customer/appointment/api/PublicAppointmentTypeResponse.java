package com.repaero.customer.appointment.api;

import java.util.List;

import com.repaero.customer.appointment.domain.AppointmentType;

/** What the public page shows of a type. {@code aog}: urgent, outside office hours. */
public record PublicAppointmentTypeResponse(String code, String name, String description, int durationMinutes,
        boolean aog, int minimumNoticeMinutes, int bookingWindowDays, String timeZone, List<HoursData> hours) {

    static PublicAppointmentTypeResponse of(AppointmentType t, String zone) {
        return new PublicAppointmentTypeResponse(t.code, t.name, t.description, t.durationMinutes, t.aog,
                t.minimumNoticeMinutes, t.bookingWindowDays, zone, HoursData.of(t.hours));
    }
}
