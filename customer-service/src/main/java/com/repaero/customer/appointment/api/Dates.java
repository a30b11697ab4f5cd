package com.repaero.customer.appointment.api;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import com.repaero.platform.problem.ProblemException;

/** Query parameters read by hand: a bad date is a 400 naming the parameter (not JAX-RS's 404). */
final class Dates {

    private Dates() {
    }

    static LocalDate parse(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new ProblemException.InvalidInput(field, "is required (a date such as 2026-03-30)");
        }
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw new ProblemException.InvalidInput(field, "must be a date such as 2026-03-30");
        }
    }
}
