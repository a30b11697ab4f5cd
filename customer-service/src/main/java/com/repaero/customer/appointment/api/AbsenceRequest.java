package com.repaero.customer.appointment.api;

import java.time.OffsetDateTime;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A technician's absence, ISO-8601 times with offset. */
public record AbsenceRequest(@NotNull OffsetDateTime start, @NotNull OffsetDateTime end,
        @Size(max = 200) String reason) {
}
