package com.repaero.customer.appointment.api;

import java.time.DayOfWeek;
import java.util.List;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.repaero.customer.appointment.domain.DailyWindow;

/** Hours of one weekday in local time (Europe/Paris): 08:00–12:00; 24:00 ends at midnight. */
public record HoursData(@NotNull DayOfWeek day,
        @NotNull @Schema(examples = "08:00") @Pattern(regexp = TIME, message = "{repaero.time.invalid}") String start,
        @NotNull @Schema(examples = "12:00") @Pattern(regexp = TIME, message = "{repaero.time.invalid}") String end) {

    static final String TIME = "([01]\\d|2[0-3]):[0-5]\\d|24:00";

    DailyWindow toWindow() {
        return new DailyWindow(day, minutes(start), minutes(end));
    }

    static HoursData of(DailyWindow w) {
        return new HoursData(w.day(), text(w.startMinute), text(w.endMinute));
    }

    static List<DailyWindow> windows(List<HoursData> hours) {
        return hours == null ? List.of() : hours.stream().map(HoursData::toWindow).toList();
    }

    static List<HoursData> of(List<DailyWindow> windows) {
        return windows.stream().sorted(java.util.Comparator.comparingInt((DailyWindow w) -> w.dayOfWeek)
                .thenComparingInt(w -> w.startMinute)).map(HoursData::of).toList();
    }

    private static int minutes(String time) {
        return Integer.parseInt(time.substring(0, 2)) * 60 + Integer.parseInt(time.substring(3));
    }

    private static String text(int minutes) {
        return String.format("%02d:%02d", minutes / 60, minutes % 60);
    }
}
