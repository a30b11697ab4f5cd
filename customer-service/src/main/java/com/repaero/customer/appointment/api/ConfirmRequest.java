package com.repaero.customer.appointment.api;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Either the token of the emailed link, or the 6-digit code of the email. */
public record ConfirmRequest(@Size(max = 1000) String token,
        @Pattern(regexp = "\\d{6}", message = "{repaero.confirmation-code.invalid}") String code) {
}
