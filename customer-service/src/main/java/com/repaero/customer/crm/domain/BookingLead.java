package com.repaero.customer.crm.domain;

import java.time.OffsetDateTime;

/**
 * A confirmed booking as the CRM sees it. {@code companyName} and {@code siren} are what the visitor typed (may be
 * null); {@code aog} marks an urgent aircraft-on-ground booking.
 */
public record BookingLead(String bookingReference, String appointmentType, OffsetDateTime start, boolean aog,
        String companyName, String siren, String contactName, String email, String phone, String message) {
}
