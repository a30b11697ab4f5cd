package com.repaero.customer.appointment.api;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.repaero.customer.appointment.domain.AppointmentTypeData;

/** An appointment type as staff define it. Durations in minutes; {@code aog}: the urgent after-hours type. */
public record AppointmentTypeRequest(
        @NotBlank @Size(max = 40) @Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*", message = "{repaero.code.invalid}") @Schema(examples = "depot-equipement") String code,
        @NotBlank @Size(max = 120) @Schema(examples = "Dépôt d'équipement") String name,
        @Size(max = 1000) String description,
        @NotNull @Min(5) @Max(720) Integer durationMinutes,
        @Min(0) @Max(240) int bufferBeforeMinutes,
        @Min(0) @Max(240) int bufferAfterMinutes,
        @NotNull @Min(5) @Max(720) Integer slotStepMinutes,
        @Min(0) @Max(43200) int minimumNoticeMinutes,
        @NotNull @Min(1) @Max(365) Integer bookingWindowDays,
        @NotNull @Min(1) @Max(50) Integer capacity,
        boolean aog,
        @Schema(defaultValue = "true") Boolean publicBooking,
        @Schema(defaultValue = "true") Boolean active,
        @NotNull @Size(max = 50) List<@Valid @NotNull HoursData> hours) {

    AppointmentTypeData toData() {
        return new AppointmentTypeData(code, name, description, durationMinutes, bufferBeforeMinutes,
                bufferAfterMinutes, slotStepMinutes, minimumNoticeMinutes, bookingWindowDays, capacity, aog,
                publicBooking == null || publicBooking, active == null || active, HoursData.windows(hours));
    }
}
