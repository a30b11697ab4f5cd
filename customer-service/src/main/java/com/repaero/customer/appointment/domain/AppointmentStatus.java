package com.repaero.customer.appointment.domain;

import java.util.Set;

/** PENDING (waiting for the email confirmation) and CONFIRMED hold their slot; CANCELLED and EXPIRED free it. */
public enum AppointmentStatus {
    PENDING, CONFIRMED, CANCELLED, EXPIRED;

    public static final Set<AppointmentStatus> HOLDING = Set.of(PENDING, CONFIRMED);
}
