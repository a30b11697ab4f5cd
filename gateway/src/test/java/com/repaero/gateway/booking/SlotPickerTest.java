package com.repaero.gateway.booking;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The window of days and the chosen day's times, grouped by Paris day whatever offset the API wrote. */
class SlotPickerTest {

    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 30);
    private final BookingFormats french = new BookingFormats(BookingPages.FRENCH);

    @Test
    void theFirstDayWithFreeTimesIsChosenAndTimesAreSorted() {
        SlotPicker.Choice choice = SlotPicker.choose(List.of(
                slot("2026-12-01T20:00:00Z", 1),
                slot("2026-12-01T07:00:00Z", 1),
                slot("2026-12-02T08:00:00+01:00", 0)), MONDAY, null, french, d -> "/d/" + d, s -> "/s");

        assertThat(choice.days()).hasSize(SlotPicker.WINDOW_DAYS);
        assertThat(choice.days().get(0).open()).isFalse();
        assertThat(choice.days().get(0).href()).isNull();
        assertThat(choice.selected().date()).isEqualTo(MONDAY.plusDays(1));
        assertThat(choice.selected().fullLabel()).isEqualTo("mardi 1er décembre 2026");
        assertThat(choice.selected().count()).isEqualTo(2);
        assertThat(choice.slots()).extracting(SlotPicker.SlotView::time).containsExactly("08:00", "21:00");
        // A full slot is no free time.
        assertThat(choice.days().get(2).count()).isZero();
    }

    @Test
    void aRequestedDayWithFreeTimesIsKeptAndAnEmptyWindowChoosesNothing() {
        List<FreeSlot> free = List.of(slot("2026-11-30T21:00:00Z", 1), slot("2026-12-03T09:00:00+01:00", 1));
        assertThat(SlotPicker.choose(free, MONDAY, MONDAY.plusDays(3), french, d -> "", s -> "").selected().date())
                .isEqualTo(MONDAY.plusDays(3));
        assertThat(SlotPicker.choose(free, MONDAY, MONDAY.plusDays(1), french, d -> "", s -> "").selected().date())
                .as("a day without free times falls back to the first one").isEqualTo(MONDAY);

        SlotPicker.Choice none = SlotPicker.choose(List.of(), MONDAY, null, french, d -> "", s -> "");
        assertThat(none.selected()).isNull();
        assertThat(none.slots()).isEmpty();
    }

    private static FreeSlot slot(String start, int remaining) {
        OffsetDateTime at = OffsetDateTime.parse(start);
        return new FreeSlot(at, at.plusHours(1), remaining);
    }
}
