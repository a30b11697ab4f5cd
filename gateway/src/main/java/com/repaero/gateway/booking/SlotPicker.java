package com.repaero.gateway.booking;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The day-and-time choice, shared by booking and rescheduling: a window of days (each with its count of free times, a
 * link when it has some), the chosen day (by default the first with free times) and its times as links. Days are
 * local days of Paris, whatever offset the API wrote.
 */
public final class SlotPicker {

    /** Days shown at once: two weeks, within the API's 31-day query limit. */
    static final int WINDOW_DAYS = 14;

    private SlotPicker() {
    }

    /** One day of the window. */
    public record DayView(LocalDate date, String weekday, String dayAndMonth, String fullLabel, int count, String href,
            boolean selected) {
        public boolean open() {
            return count > 0;
        }
    }

    /** One free time of the chosen day: "22:00", and where choosing it leads. */
    public record SlotView(String time, String href) {
    }

    /** What the page shows; {@code selected} is null when no day of the window has a free time. */
    public record Choice(List<DayView> days, DayView selected, List<SlotView> slots) {
    }

    public static Choice choose(List<FreeSlot> free, LocalDate from, LocalDate requestedDay, BookingFormats formats,
            Function<LocalDate, String> dayHref, Function<FreeSlot, String> slotHref) {
        Map<LocalDate, List<FreeSlot>> byDay = new TreeMap<>();
        for (FreeSlot slot : free) {
            if (slot.start() != null && slot.remaining() > 0) {
                byDay.computeIfAbsent(BookingFormats.local(slot.start()).toLocalDate(), d -> new ArrayList<>())
                        .add(slot);
            }
        }
        LocalDate last = from.plusDays(WINDOW_DAYS - 1L);
        LocalDate chosen = requestedDay != null && byDay.containsKey(requestedDay)
                ? requestedDay
                : byDay.keySet().stream().filter(d -> !d.isBefore(from) && !d.isAfter(last)).findFirst().orElse(null);
        List<DayView> days = new ArrayList<>();
        DayView selected = null;
        for (LocalDate day = from; !day.isAfter(last); day = day.plusDays(1)) {
            int count = byDay.getOrDefault(day, List.of()).size();
            DayView view = new DayView(day, formats.weekday(day), formats.dayAndMonth(day), formats.day(day), count,
                    count > 0 ? dayHref.apply(day) : null, day.equals(chosen));
            days.add(view);
            if (view.selected()) {
                selected = view;
            }
        }
        List<SlotView> slots = chosen == null
                ? List.of()
                : byDay.get(chosen).stream()
                        .sorted((a, b) -> a.start().compareTo(b.start()))
                        .map(s -> new SlotView(formats.time(s.start()), slotHref.apply(s)))
                        .toList();
        return new Choice(days, selected, slots);
    }
}
