package com.repaero.customer.appointment.domain;

import java.time.Instant;
import java.time.ZoneId;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import com.repaero.customer.appointment.messaging.AppointmentBooked;
import com.repaero.customer.appointment.messaging.AppointmentCancelled;
import com.repaero.platform.outbox.Outbox;

/** Writes the appointment events to the outbox, in the caller's transaction. */
@ApplicationScoped
public class AppointmentEvents {

    static final String AGGREGATE = "Appointment";

    private final Outbox outbox;
    private final BookingConfig config;

    public AppointmentEvents(Outbox outbox, BookingConfig config) {
        this.outbox = outbox;
        this.config = config;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void booked(Appointment a, Instant previousStart) {
        ZoneId zone = config.zone();
        outbox.record(AGGREGATE, Long.toString(a.id), "AppointmentBooked", new AppointmentBooked(a.id, a.reference,
                a.type.code, a.type.name, a.startAt.atZone(zone).toOffsetDateTime(),
                a.endAt.atZone(zone).toOffsetDateTime(), a.aog, a.companyName, a.siren, a.contactName, a.email,
                a.phone, previousStart == null ? null : previousStart.atZone(zone).toOffsetDateTime(),
                a.confirmedAt));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void cancelled(Appointment a) {
        outbox.record(AGGREGATE, Long.toString(a.id), "AppointmentCancelled", new AppointmentCancelled(a.id,
                a.reference, a.type.code, a.startAt.atZone(config.zone()).toOffsetDateTime(), a.aog, a.cancelledBy,
                a.cancelReason, a.cancelledAt));
    }
}
