package com.repaero.customer.appointment.api;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;

import com.repaero.customer.appointment.domain.AogAlert;
import com.repaero.customer.appointment.domain.Appointment;
import com.repaero.customer.appointment.domain.AppointmentStatus;
import com.repaero.customer.notification.domain.Notification;

/** An appointment with its contact, history, AOG paging and the messages sent about it. */
public record AppointmentDetail(long id, String reference, AppointmentStatus status, String appointmentType,
        String appointmentTypeName, OffsetDateTime start, OffsetDateTime end, boolean aog, String contactName,
        String companyName, String siren, String email, String phone, String message, Instant createdAt,
        Instant confirmedAt, Instant cancelledAt, String cancelledBy, String cancelReason, Long crmReference,
        AogAlertResponse aogAlert, List<NotificationLine> notifications) {

    /** A message sent (or to send) about the appointment. */
    public record NotificationLine(long id, String channel, String kind, String recipient, String status,
            int attempts, Instant sentAt, String lastError) {
    }

    static AppointmentDetail of(Appointment a, ZoneId zone, AogAlert alert, List<Notification> notifications) {
        return new AppointmentDetail(a.id, a.reference, a.status, a.type.code, a.type.name,
                a.startAt.atZone(zone).toOffsetDateTime(), a.endAt.atZone(zone).toOffsetDateTime(), a.aog,
                a.contactName, a.companyName, a.siren, a.email, a.phone, a.message, a.createdAt, a.confirmedAt,
                a.cancelledAt, a.cancelledBy, a.cancelReason, a.crmReference,
                alert == null ? null : AogAlertResponse.of(alert),
                notifications.stream().map(n -> new NotificationLine(n.id, n.channel.name(), n.kind, n.recipient,
                        n.status.name(), n.attempts, n.sentAt, n.lastError)).toList());
    }
}
