package com.repaero.gateway.booking;

import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** The free slots of a type over [from, to] (local dates, inclusive). */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Availability(String appointmentType, LocalDate from, LocalDate to, List<FreeSlot> slots) {
}
