package com.repaero.customer.appointment.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Slots in Europe/Paris: daylight-saving days, notice, window, capacity, buffers, technicians. */
class SlotPlannerTest {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final Instant LONG_BEFORE = Instant.parse("2026-01-01T00:00:00Z");

    private static SlotPlanner.Rules rules(int duration, int step, int capacity, boolean technicians,
            List<DailyWindow> hours) {
        return new SlotPlanner.Rules(1L, duration, 0, 0, step, 0, 800, capacity, technicians, hours);
    }

    private static List<DailyWindow> allDay() {
        List<DailyWindow> hours = new ArrayList<>();
        for (DayOfWeek d : DayOfWeek.values()) {
            hours.add(new DailyWindow(d, 0, 1440));
        }
        return hours;
    }

    private static List<SlotPlanner.Slot> plan(SlotPlanner.Rules rules, LocalDate day, Instant now,
            List<SlotPlanner.Booked> booked) {
        return SlotPlanner.plan(rules, day, day, PARIS, now, List.of(), booked, false);
    }

    @ParameterizedTest
    @CsvSource({"2026-03-29", "2027-03-28"})
    void theSpringChangeSkipsTwoThirty(LocalDate springForward) {
        List<SlotPlanner.Slot> slots = plan(rules(30, 30, 1, false, allDay()), springForward, LONG_BEFORE,
                List.of());

        List<LocalTime> times = slots.stream().map(s -> s.start().toLocalTime()).toList();
        assertThat(times).doesNotContain(LocalTime.of(2, 0), LocalTime.of(2, 30))
                .contains(LocalTime.of(1, 30), LocalTime.of(3, 0));
        assertThat(slots).hasSize(46); // 23 hours of half-hour slots
        SlotPlanner.Slot beforeChange = slots.stream().filter(s -> s.start().toLocalTime().equals(LocalTime.of(1,
                30))).findFirst().orElseThrow();
        assertThat(beforeChange.start().getOffset().getId()).isEqualTo("+01:00");
        assertThat(beforeChange.end().toLocalTime()).isEqualTo(LocalTime.of(3, 0)); // 30 real minutes later
        assertThat(beforeChange.end().getOffset().getId()).isEqualTo("+02:00");
    }

    @ParameterizedTest
    @CsvSource({"2026-10-25", "2027-10-31"})
    void theAutumnChangeOffersEachLocalTimeOnce(LocalDate fallBack) {
        List<SlotPlanner.Slot> slots = plan(rules(30, 30, 1, false, allDay()), fallBack, LONG_BEFORE, List.of());

        List<LocalTime> times = slots.stream().map(s -> s.start().toLocalTime()).toList();
        assertThat(times).doesNotHaveDuplicates().contains(LocalTime.of(2, 30));
        assertThat(slots.stream().map(s -> s.start().toInstant()).toList()).doesNotHaveDuplicates();
        assertThat(slots).hasSize(48);
        SlotPlanner.Slot twoThirty = slots.stream().filter(s -> s.start().toLocalTime().equals(LocalTime.of(2, 30)))
                .findFirst().orElseThrow();
        assertThat(twoThirty.start().getOffset().getId()).isEqualTo("+02:00"); // its first occurrence
    }

    @Test
    void officeHoursAreLocalTimeOnBothSidesOfTheChange() {
        List<DailyWindow> mondays = List.of(new DailyWindow(DayOfWeek.MONDAY, 9 * 60, 10 * 60));
        SlotPlanner.Rules rules = rules(60, 60, 1, false, mondays);

        SlotPlanner.Slot winter = plan(rules, LocalDate.of(2026, 3, 23), LONG_BEFORE, List.of()).get(0);
        SlotPlanner.Slot summer = plan(rules, LocalDate.of(2026, 3, 30), LONG_BEFORE, List.of()).get(0);

        assertThat(winter.start().toInstant()).isEqualTo(Instant.parse("2026-03-23T08:00:00Z"));
        assertThat(summer.start().toInstant()).isEqualTo(Instant.parse("2026-03-30T07:00:00Z"));
    }

    @Test
    void minimumNoticeHidesTheSlotsTooSoon() {
        SlotPlanner.Rules rules = new SlotPlanner.Rules(1L, 60, 0, 0, 60, 120, 30, 1, false,
                List.of(new DailyWindow(DayOfWeek.MONDAY, 8 * 60, 18 * 60)));
        Instant now = ZonedDateTime.of(2026, 6, 1, 9, 30, 0, 0, PARIS).toInstant();

        List<SlotPlanner.Slot> slots = plan(rules, LocalDate.of(2026, 6, 1), now, List.of());

        assertThat(slots.get(0).start().toLocalTime()).isEqualTo(LocalTime.of(12, 0)); // 11:30 at the earliest
    }

    @Test
    void nothingBeyondTheBookingWindow() {
        SlotPlanner.Rules rules = new SlotPlanner.Rules(1L, 60, 0, 0, 60, 0, 7, 1, false, allDay());
        Instant now = ZonedDateTime.of(2026, 6, 1, 12, 0, 0, 0, PARIS).toInstant();

        List<SlotPlanner.Slot> slots = SlotPlanner.plan(rules, LocalDate.of(2026, 6, 1), LocalDate.of(2026, 6, 30),
                PARIS, now, List.of(), List.of(), false);

        assertThat(slots.get(slots.size() - 1).start().toLocalDate()).isEqualTo(LocalDate.of(2026, 6, 8));
    }

    @Test
    void capacityCountsTheBookingsOfTheSlot() {
        SlotPlanner.Rules rules = rules(60, 60, 2, false, allDay());
        LocalDate day = LocalDate.of(2026, 6, 2);
        Instant ten = ZonedDateTime.of(day, LocalTime.of(10, 0), PARIS).toInstant();
        SlotPlanner.Booked one = booked(1L, ten, 60, 0, 0);

        assertThat(slotAt(plan(rules, day, LONG_BEFORE, List.of(one)), ten).remaining()).isEqualTo(1);
        assertThat(plan(rules, day, LONG_BEFORE, List.of(one, one))).noneMatch(s -> s.start().toInstant()
                .equals(ten));
        // Another type's booking does not use this type's capacity.
        assertThat(slotAt(plan(rules, day, LONG_BEFORE, List.of(booked(2L, ten, 60, 0, 0))), ten).remaining())
                .isEqualTo(2);
    }

    @Test
    void buffersKeepNeighbouringSlotsFree() {
        SlotPlanner.Rules rules = new SlotPlanner.Rules(1L, 60, 30, 30, 30, 0, 800, 1, false, allDay());
        LocalDate day = LocalDate.of(2026, 6, 2);
        Instant ten = ZonedDateTime.of(day, LocalTime.of(10, 0), PARIS).toInstant();

        List<LocalTime> times = plan(rules, day, LONG_BEFORE, List.of(booked(1L, ten, 60, 30, 30))).stream()
                .map(s -> s.start().toLocalTime()).toList();

        // 10:00–11:00 booked with 30 min around it: nothing may start from 08:30 to 11:00 excluded... 11:30 is free.
        assertThat(times).doesNotContain(LocalTime.of(9, 0), LocalTime.of(9, 30), LocalTime.of(10, 0),
                LocalTime.of(11, 0)).contains(LocalTime.of(8, 30), LocalTime.of(11, 30));
    }

    @Test
    void technicianServedTypesNeedAFreeTechnician() {
        SlotPlanner.Rules rules = rules(60, 60, 5, true, allDay());
        LocalDate day = LocalDate.of(2026, 6, 2);
        Instant nine = ZonedDateTime.of(day, LocalTime.of(9, 0), PARIS).toInstant();
        Instant ten = nine.plus(Duration.ofHours(1));
        TechnicianAvailability.TechnicianFreeTime morning = new TechnicianAvailability.TechnicianFreeTime("1",
                List.of(new TimeRange(nine, nine.plus(Duration.ofHours(3)))));

        List<SlotPlanner.Slot> slots = SlotPlanner.plan(rules, day, day, PARIS, LONG_BEFORE, List.of(morning),
                List.of(booked(2L, ten, 60, 0, 0)), false);

        // One technician from 09:00 to 12:00, busy 10:00–11:00 with another type's booking.
        assertThat(slots.stream().map(s -> s.start().toLocalTime()).toList())
                .containsExactly(LocalTime.of(9, 0), LocalTime.of(11, 0));
        assertThat(slots).allMatch(s -> s.remaining() == 1);
    }

    private static SlotPlanner.Slot slotAt(List<SlotPlanner.Slot> slots, Instant start) {
        return slots.stream().filter(s -> s.start().toInstant().equals(start)).findFirst().orElseThrow();
    }

    private static SlotPlanner.Booked booked(long type, Instant start, int minutes, int before, int after) {
        Instant end = start.plus(Duration.ofMinutes(minutes));
        return new SlotPlanner.Booked(type, false, start, end, start.minus(Duration.ofMinutes(before)),
                end.plus(Duration.ofMinutes(after)));
    }
}
