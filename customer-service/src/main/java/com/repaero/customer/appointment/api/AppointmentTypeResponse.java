package com.repaero.customer.appointment.api;

import java.util.List;

import com.repaero.customer.appointment.domain.AppointmentType;

/** An appointment type with all its rules (staff view). */
public record AppointmentTypeResponse(long id, int version, String code, String name, String description,
        int durationMinutes, int bufferBeforeMinutes, int bufferAfterMinutes, int slotStepMinutes,
        int minimumNoticeMinutes, int bookingWindowDays, int capacity, boolean aog, boolean publicBooking,
        boolean active, List<HoursData> hours) {

    static AppointmentTypeResponse of(AppointmentType t) {
        return new AppointmentTypeResponse(t.id, t.version, t.code, t.name, t.description, t.durationMinutes,
                t.bufferBeforeMinutes, t.bufferAfterMinutes, t.slotStepMinutes, t.minimumNoticeMinutes,
                t.bookingWindowDays, t.capacity, t.aog, t.publicBooking, t.active, HoursData.of(t.hours));
    }
}
