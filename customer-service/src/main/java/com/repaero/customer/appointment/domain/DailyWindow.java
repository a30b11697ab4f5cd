package com.repaero.customer.appointment.domain;

import java.time.DayOfWeek;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A span of one weekday, in minutes of the local (Europe/Paris) day: 480–720 is 08:00–12:00, end 1440 is midnight. */
@Embeddable
public class DailyWindow {

    @Column(name = "day_of_week", nullable = false)
    public int dayOfWeek;

    @Column(name = "start_minute", nullable = false)
    public int startMinute;

    @Column(name = "end_minute", nullable = false)
    public int endMinute;

    public DailyWindow() {
    }

    public DailyWindow(DayOfWeek day, int startMinute, int endMinute) {
        this.dayOfWeek = day.getValue();
        this.startMinute = startMinute;
        this.endMinute = endMinute;
    }

    public DayOfWeek day() {
        return DayOfWeek.of(dayOfWeek);
    }
}
