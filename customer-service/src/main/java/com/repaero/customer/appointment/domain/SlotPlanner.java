package com.repaero.customer.appointment.domain;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Computes the bookable slots of one appointment type, in pure code (no database, no clock): start times are laid on
 * the type's local hours (Europe/Paris) day by day, so a time the spring change skips (02:30 on the last Sunday of
 * March) is never offered, and a time the autumn change repeats is offered once (its first occurrence). Durations
 * run on the real time line. A slot is offered when it respects the minimum notice and the booking window, when
 * fewer than {@code capacity} bookings of the type conflict with it, and (types served by technicians) when a
 * technician's free time covers it and is not taken by another booking.
 */
public final class SlotPlanner {

    private SlotPlanner() {
    }

    /** What a type imposes. {@code needsTechnician} is false for the AOG type (served by the on-call roster). */
    public record Rules(Long typeId, int durationMinutes, int bufferBeforeMinutes, int bufferAfterMinutes,
            int stepMinutes, int minimumNoticeMinutes, int windowDays, int capacity, boolean needsTechnician,
            List<DailyWindow> hours) {
    }

    /** A booking that holds time (PENDING or CONFIRMED), with its buffered span. */
    public record Booked(long typeId, boolean aog, Instant start, Instant end, Instant blockStart, Instant blockEnd) {
    }

    /** An offered slot; {@code remaining} is how many more bookings it takes (0 only when asked for full ones). */
    public record Slot(ZonedDateTime start, ZonedDateTime end, int remaining) {
    }

    /**
     * The slots of [from, to] (local dates, inclusive) as seen at {@code now}.
     *
     * @param includeFull also list slots with no room left (to tell "full" from "not a slot")
     */
    public static List<Slot> plan(Rules rules, LocalDate from, LocalDate to, ZoneId zone, Instant now,
            List<TechnicianAvailability.TechnicianFreeTime> technicians, List<Booked> booked, boolean includeFull) {
        LocalDate lastBookable = now.atZone(zone).toLocalDate().plusDays(rules.windowDays());
        LocalDate last = to.isAfter(lastBookable) ? lastBookable : to;
        Instant earliest = now.plus(Duration.ofMinutes(rules.minimumNoticeMinutes()));
        List<DailyWindow> hours = new ArrayList<>(rules.hours());
        hours.sort(Comparator.comparingInt((DailyWindow w) -> w.dayOfWeek).thenComparingInt(w -> w.startMinute));
        int step = Math.max(5, rules.stepMinutes());
        List<Slot> slots = new ArrayList<>();
        for (LocalDate day = from; !day.isAfter(last); day = day.plusDays(1)) {
            for (DailyWindow window : hours) {
                if (window.dayOfWeek != day.getDayOfWeek().getValue()) {
                    continue;
                }
                Instant windowEnd = LocalTechnicianCalendar.at(day, window.endMinute, zone);
                for (int minute = window.startMinute; minute + rules.durationMinutes() <= window.endMinute
                        && minute < 1440; minute += step) {
                    LocalDateTime local = day.atTime(minute / 60, minute % 60);
                    if (zone.getRules().getValidOffsets(local).isEmpty()) {
                        continue; // skipped by the spring change: this time does not exist
                    }
                    // In the autumn overlap, ofLocal keeps the earlier offset: each local time is offered once.
                    ZonedDateTime start = ZonedDateTime.ofLocal(local, zone, null);
                    ZonedDateTime end = start.plusMinutes(rules.durationMinutes());
                    if (end.toInstant().isAfter(windowEnd) || start.toInstant().isBefore(earliest)) {
                        continue;
                    }
                    int remaining = remaining(rules, start.toInstant(), end.toInstant(), technicians, booked);
                    if (remaining > 0 || includeFull) {
                        slots.add(new Slot(start, end, Math.max(0, remaining)));
                    }
                }
            }
        }
        slots.sort(Comparator.comparing(s -> s.start().toInstant()));
        return slots;
    }

    /** How many more bookings [start, end) takes. */
    static int remaining(Rules rules, Instant start, Instant end,
            List<TechnicianAvailability.TechnicianFreeTime> technicians, List<Booked> booked) {
        Instant blockStart = start.minus(Duration.ofMinutes(rules.bufferBeforeMinutes()));
        Instant blockEnd = end.plus(Duration.ofMinutes(rules.bufferAfterMinutes()));
        int sameType = 0;
        int technicianBookings = 0;
        for (Booked b : booked) {
            if (!conflicts(b, start, end, blockStart, blockEnd)) {
                continue;
            }
            if (rules.typeId() != null && rules.typeId() == b.typeId()) {
                sameType++;
            }
            if (!b.aog()) {
                technicianBookings++;
            }
        }
        int remaining = rules.capacity() - sameType;
        if (rules.needsTechnician()) {
            long free = technicians.stream().filter(t -> t.covers(start, end)).count();
            remaining = Math.min(remaining, (int) free - technicianBookings);
        }
        return remaining;
    }

    /** Two bookings conflict when either one's buffered span overlaps the other's appointment. */
    static boolean conflicts(Booked b, Instant start, Instant end, Instant blockStart, Instant blockEnd) {
        return blockStart.isBefore(b.end()) && blockEnd.isAfter(b.start())
                || b.blockStart().isBefore(end) && b.blockEnd().isAfter(start);
    }
}
