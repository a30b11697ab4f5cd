package com.repaero.gateway.booking;

import java.time.OffsetDateTime;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** A bookable slot (times with their offset). */
@JsonIgnoreProperties(ignoreUnknown = true)
public record FreeSlot(OffsetDateTime start, OffsetDateTime end, int remaining) {
}
