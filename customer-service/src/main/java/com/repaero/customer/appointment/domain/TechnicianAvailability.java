package com.repaero.customer.appointment.domain;

import java.time.Instant;
import java.util.List;

/**
 * The seam between booking and the technicians' calendars: when each technician can take an appointment (working
 * time minus absences), regardless of bookings, which the booking code counts itself. Implemented here by
 * {@link LocalTechnicianCalendar} until resource-service exists; phase 5 replaces that bean by a client of
 * resource-service's availability API and the booking code does not change (ADR 0011).
 */
public interface TechnicianAvailability {

    /** Each active technician's free time overlapping [from, to), ranges merged and sorted. */
    List<TechnicianFreeTime> freeTime(Instant from, Instant to);

    /** One technician's free ranges. */
    record TechnicianFreeTime(String technicianId, List<TimeRange> free) {

        public boolean covers(Instant start, Instant end) {
            return free.stream().anyMatch(r -> r.covers(start, end));
        }
    }
}
