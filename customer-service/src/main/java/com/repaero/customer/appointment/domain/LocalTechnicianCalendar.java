package com.repaero.customer.appointment.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Technicians' availability from the calendars kept in this service (weekly working hours minus absences). Phase 5
 * replaces this bean by resource-service's availability API (ADR 0011). Two queries per call, whatever the range.
 */
@ApplicationScoped
public class LocalTechnicianCalendar implements TechnicianAvailability {

    private final BookingConfig config;

    public LocalTechnicianCalendar(BookingConfig config) {
        this.config = config;
    }

    @Override
    public List<TechnicianFreeTime> freeTime(Instant from, Instant to) {
        List<Technician> technicians = Technician
                .<Technician>find("select distinct t from Technician t left join fetch t.hours where t.active = true")
                .list();
        Map<Long, List<TechnicianAbsence>> absences = TechnicianAbsence
                .<TechnicianAbsence>find("startsAt < ?1 and endsAt > ?2", to, from).stream()
                .collect(Collectors.groupingBy(a -> a.technicianId));
        List<TechnicianFreeTime> result = new ArrayList<>();
        for (Technician t : technicians) {
            List<TimeRange> working = working(t.hours, from, to, config.zone());
            List<TimeRange> free = subtract(working, absences.getOrDefault(t.id, List.of()).stream()
                    .map(a -> new TimeRange(a.startsAt, a.endsAt)).toList());
            result.add(new TechnicianFreeTime(Long.toString(t.id), free));
        }
        return result;
    }

    /** The weekly hours laid on the calendar days around [from, to), in {@code zone}, merged. */
    static List<TimeRange> working(List<DailyWindow> hours, Instant from, Instant to, ZoneId zone) {
        List<TimeRange> ranges = new ArrayList<>();
        LocalDate last = to.atZone(zone).toLocalDate();
        for (LocalDate day = from.atZone(zone).toLocalDate(); !day.isAfter(last); day = day.plusDays(1)) {
            for (DailyWindow w : hours) {
                if (w.dayOfWeek == day.getDayOfWeek().getValue()) {
                    Instant start = at(day, w.startMinute, zone);
                    Instant end = at(day, w.endMinute, zone);
                    if (start.isBefore(to) && end.isAfter(from)) {
                        ranges.add(new TimeRange(start, end));
                    }
                }
            }
        }
        return merge(ranges);
    }

    /** The instant of a minute of a local day; a time skipped by the spring change moves forward, as clocks do. */
    static Instant at(LocalDate day, int minute, ZoneId zone) {
        if (minute >= 1440) {
            return day.plusDays(1).atStartOfDay(zone).toInstant();
        }
        return ZonedDateTime.of(day.atTime(minute / 60, minute % 60), zone).toInstant();
    }

    static List<TimeRange> merge(List<TimeRange> ranges) {
        List<TimeRange> sorted = new ArrayList<>(ranges);
        sorted.sort(Comparator.comparing(TimeRange::start));
        List<TimeRange> merged = new ArrayList<>();
        for (TimeRange r : sorted) {
            if (!merged.isEmpty() && !merged.get(merged.size() - 1).end().isBefore(r.start())) {
                TimeRange lastRange = merged.remove(merged.size() - 1);
                merged.add(new TimeRange(lastRange.start(),
                        lastRange.end().isAfter(r.end()) ? lastRange.end() : r.end()));
            } else {
                merged.add(r);
            }
        }
        return merged;
    }

    static List<TimeRange> subtract(List<TimeRange> ranges, List<TimeRange> holes) {
        List<TimeRange> result = new ArrayList<>(ranges);
        for (TimeRange hole : holes) {
            List<TimeRange> next = new ArrayList<>();
            for (TimeRange r : result) {
                if (!r.overlaps(hole.start(), hole.end())) {
                    next.add(r);
                    continue;
                }
                if (r.start().isBefore(hole.start())) {
                    next.add(new TimeRange(r.start(), hole.start()));
                }
                if (r.end().isAfter(hole.end())) {
                    next.add(new TimeRange(hole.end(), r.end()));
                }
            }
            result = next;
        }
        return result;
    }
}
