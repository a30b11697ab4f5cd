package com.repaero.customer.appointment.domain;

import java.util.List;

/** What staff set on an appointment type. */
public record AppointmentTypeData(String code, String name, String description, int durationMinutes,
        int bufferBeforeMinutes, int bufferAfterMinutes, int slotStepMinutes, int minimumNoticeMinutes,
        int bookingWindowDays, int capacity, boolean aog, boolean publicBooking, boolean active,
        List<DailyWindow> hours) {
}
