package com.repaero.customer.appointment.api;

import java.time.Instant;

import com.repaero.customer.appointment.domain.AogAlert;
import com.repaero.customer.appointment.domain.AogAlertStatus;

/** The paging of an AOG booking: who was paged last and when, who took it. */
public record AogAlertResponse(long id, long appointmentId, AogAlertStatus status, int level, String contactName,
        String contactPhone, Instant notifiedAt, Instant acknowledgedAt, String acknowledgedBy) {

    static AogAlertResponse of(AogAlert a) {
        return new AogAlertResponse(a.id, a.appointmentId, a.status, a.levelIndex, a.contactName, a.contactPhone,
                a.notifiedAt, a.acknowledgedAt, a.acknowledgedBy);
    }
}
