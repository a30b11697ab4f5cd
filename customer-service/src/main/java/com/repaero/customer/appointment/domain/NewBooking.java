package com.repaero.customer.appointment.domain;

import java.time.Instant;

/** A booking as the visitor filled the form: {@code honeypot} is the hidden field a person leaves empty. */
public record NewBooking(String appointmentType, Instant start, String contactName, String companyName,
        String siren, String email, String phone, String message, String formToken, String honeypot) {
}
