package com.repaero.customer.appointment.api;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.repaero.customer.appointment.domain.TechnicianService;

/** A technician's calendar: weekly working hours (local time). */
public record TechnicianRequest(@NotBlank @Size(max = 120) String name,
        @Email @Size(max = 254) String email,
        @Pattern(regexp = "\\+[1-9]\\d{1,14}", message = "{repaero.phone.invalid}") @Schema(examples = "+33612345678") String phone,
        @Schema(defaultValue = "true") Boolean active,
        @NotNull @Size(max = 50) List<@Valid @NotNull HoursData> hours) {

    TechnicianService.TechnicianData toData() {
        return new TechnicianService.TechnicianData(name, email, phone, active == null || active,
                HoursData.windows(hours));
    }
}
