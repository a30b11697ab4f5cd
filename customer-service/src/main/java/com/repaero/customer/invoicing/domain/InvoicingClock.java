package com.repaero.customer.invoicing.domain;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Today, for invoicing: issue and due dates, overdue status, dunning steps and quote expiry, in Paris time. A bean
 * of its own so that tests can move time.
 */
@ApplicationScoped
public class InvoicingClock {

    public static final ZoneId ZONE = ZoneId.of("Europe/Paris");

    public Clock clock() {
        return Clock.system(ZONE);
    }

    public Instant now() {
        return clock().instant();
    }

    public LocalDate today() {
        return LocalDate.now(clock());
    }
}
