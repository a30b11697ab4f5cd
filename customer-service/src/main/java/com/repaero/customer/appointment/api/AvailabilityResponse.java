package com.repaero.customer.appointment.api;

import java.time.LocalDate;
import java.util.List;

/** The free slots of a type over [from, to] (local dates, inclusive). */
public record AvailabilityResponse(String appointmentType, LocalDate from, LocalDate to, String timeZone,
        List<SlotResponse> slots) {
}
