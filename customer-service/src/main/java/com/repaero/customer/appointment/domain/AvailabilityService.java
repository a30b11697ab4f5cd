package com.repaero.customer.appointment.domain;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import com.repaero.platform.problem.ProblemException;

/**
 * Free slots of an appointment type over a date range, in a fixed number of queries whatever the range (the type
 * with its hours, the technicians' free time, the bookings that hold time in the range): no query per day or slot.
 */
@ApplicationScoped
public class AvailabilityService {

    private final BookingConfig config;
    private final Clock clock;
    private final TechnicianAvailability technicians;

    public AvailabilityService(BookingConfig config, Clock clock, TechnicianAvailability technicians) {
        this.config = config;
        this.clock = clock;
        this.technicians = technicians;
    }

    /** The types the public page offers, with their hours. */
    public List<AppointmentType> publicTypes() {
        return AppointmentType.list("select distinct t from AppointmentType t left join fetch t.hours"
                + " where t.active = true and t.publicBooking = true order by t.name");
    }

    /** An active public type by code, or a 400 naming the field. */
    public AppointmentType publicType(String code) {
        return AppointmentType.<AppointmentType>find("select t from AppointmentType t left join fetch t.hours"
                + " where t.code = ?1 and t.active = true and t.publicBooking = true", code).firstResultOptional()
                .orElseThrow(() -> new ProblemException.InvalidInput("appointmentType",
                        "is not an appointment type open to booking"));
    }

    /** The free slots of [from, to] (local dates, inclusive). */
    public List<SlotPlanner.Slot> availability(String typeCode, LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            throw new ProblemException.InvalidInput("to", "must not be before from");
        }
        if (from.plusDays(config.maxQueryDays() - 1L).isBefore(to)) {
            throw new ProblemException.InvalidInput("to", "must be at most " + config.maxQueryDays()
                    + " days after from");
        }
        AppointmentType type = publicType(typeCode);
        return plan(type, from, to, clock.instant(), null, false);
    }

    /** The slot of {@code type} starting exactly at {@code start}, full or not; empty when none starts then. */
    public Optional<SlotPlanner.Slot> slotAt(AppointmentType type, Instant start, Instant now,
            Long ignoredAppointment) {
        LocalDate day = start.atZone(config.zone()).toLocalDate();
        return plan(type, day, day, now, ignoredAppointment, true).stream()
                .filter(s -> s.start().toInstant().equals(start)).findFirst();
    }

    private List<SlotPlanner.Slot> plan(AppointmentType type, LocalDate from, LocalDate to, Instant now,
            Long ignoredAppointment, boolean includeFull) {
        ZoneId zone = config.zone();
        // Bookings and free time are read with a margin: a slot's buffers reach beyond its day.
        Instant rangeStart = from.atStartOfDay(zone).toInstant().minus(Duration.ofDays(1));
        Instant rangeEnd = to.plusDays(2).atStartOfDay(zone).toInstant();
        List<TechnicianAvailability.TechnicianFreeTime> free = type.aog
                ? List.of()
                : technicians.freeTime(rangeStart, rangeEnd);
        List<SlotPlanner.Booked> booked = holding(rangeStart, rangeEnd, ignoredAppointment);
        return SlotPlanner.plan(type.rules(), from, to, zone, now, free, booked, includeFull);
    }

    /** The bookings holding time in [from, to): one indexed range query, projected (no entities loaded). */
    List<SlotPlanner.Booked> holding(Instant from, Instant to, Long ignoredAppointment) {
        List<Object[]> rows = AppointmentType.getEntityManager().createQuery(
                "select a.type.id, a.aog, a.startAt, a.endAt, a.blockStartAt, a.blockEndAt from Appointment a"
                        + " where a.startAt >= :floor and a.startAt < :to and a.blockStartAt < :to"
                        + " and a.blockEndAt > :from and a.status in (:holding) and a.id <> :ignored",
                Object[].class)
                .setParameter("from", from).setParameter("to", to)
                // Bounded on start_at (indexed): no appointment lasts, buffers included, more than a day.
                .setParameter("floor", from.minus(Duration.ofDays(1)))
                .setParameter("holding", AppointmentStatus.HOLDING)
                .setParameter("ignored", ignoredAppointment == null ? -1L : ignoredAppointment)
                .getResultList();
        return rows.stream().map(r -> new SlotPlanner.Booked((Long) r[0], (Boolean) r[1], (Instant) r[2],
                (Instant) r[3], (Instant) r[4], (Instant) r[5])).toList();
    }
}
