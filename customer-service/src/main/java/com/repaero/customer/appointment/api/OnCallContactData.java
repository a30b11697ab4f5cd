package com.repaero.customer.appointment.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One on-call contact, paged in list order. */
public record OnCallContactData(@NotBlank @Size(max = 120) String name,
        @NotNull @Pattern(regexp = "\\+[1-9]\\d{1,14}", message = "{repaero.phone.invalid}") @Schema(examples = "+33612345678") String phone) {
}
