package com.repaero.gateway.booking;

import java.time.OffsetDateTime;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** The signed booking form: its token goes back with the booking, and the honeypot field stays empty. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record SignedForm(String formToken, String honeypotField, OffsetDateTime notBefore, OffsetDateTime expiresAt) {
}
