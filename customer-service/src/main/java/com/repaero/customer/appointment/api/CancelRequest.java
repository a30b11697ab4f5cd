package com.repaero.customer.appointment.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A cancellation with the manage link's token. */
public record CancelRequest(@NotBlank @Size(max = 1000) String token, @Size(max = 500) String reason) {
}
