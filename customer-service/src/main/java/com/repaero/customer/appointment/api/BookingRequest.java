package com.repaero.customer.appointment.api;

import java.time.OffsetDateTime;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.repaero.customer.appointment.domain.NewBooking;
import com.repaero.platform.validation.Siren;

/** A booking from the public page. {@code website} is the honeypot: people never see it, so leave it empty. */
public record BookingRequest(
        @NotBlank @Size(max = 40) @Schema(examples = "depot-equipement") String appointmentType,
        @NotNull @Schema(examples = "2026-03-30T10:00:00+02:00") OffsetDateTime start,
        @NotBlank @Size(max = 120) String contactName,
        @Size(max = 200) String companyName,
        @Siren @Schema(examples = "732829320") String siren,
        @NotBlank @Email @Size(max = 254) String email,
        @Pattern(regexp = "\\+[1-9]\\d{1,14}", message = "{repaero.phone.invalid}") @Schema(examples = "+33612345678") String phone,
        @Size(max = 2000) String message,
        @NotBlank @Size(max = 1000) String formToken,
        @Size(max = 200) String website) {

    NewBooking toBooking() {
        return new NewBooking(appointmentType, start.toInstant(), contactName, companyName, siren, email, phone,
                message, formToken, website);
    }
}
