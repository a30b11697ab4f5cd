package com.repaero.customer.appointment.api;

import java.time.OffsetDateTime;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A move to another slot, with the manage link's token. */
public record RescheduleRequest(@NotBlank @Size(max = 1000) String token, @NotNull OffsetDateTime start) {
}
