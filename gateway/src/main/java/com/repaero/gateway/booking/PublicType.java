package com.repaero.gateway.booking;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** An appointment type open to public booking, as customer-service lists it. {@code aog}: urgent, out of hours. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record PublicType(String code, String name, String description, int durationMinutes, boolean aog,
        int minimumNoticeMinutes, int bookingWindowDays) {
}
