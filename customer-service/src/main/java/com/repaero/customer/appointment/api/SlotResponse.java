package com.repaero.customer.appointment.api;

import java.time.OffsetDateTime;

import com.repaero.customer.appointment.domain.SlotPlanner;

/** A bookable slot; times with their offset (+01:00 in winter, +02:00 in summer). */
public record SlotResponse(OffsetDateTime start, OffsetDateTime end, int remaining) {

    static SlotResponse of(SlotPlanner.Slot slot) {
        return new SlotResponse(slot.start().toOffsetDateTime(), slot.end().toOffsetDateTime(), slot.remaining());
    }
}
