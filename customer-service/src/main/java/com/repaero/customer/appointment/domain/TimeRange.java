package com.repaero.customer.appointment.domain;

import java.time.Instant;

/** A half-open span of time [start, end). */
public record TimeRange(Instant start, Instant end) {

    public boolean covers(Instant from, Instant to) {
        return !start.isAfter(from) && !end.isBefore(to);
    }

    public boolean overlaps(Instant from, Instant to) {
        return start.isBefore(to) && end.isAfter(from);
    }
}
