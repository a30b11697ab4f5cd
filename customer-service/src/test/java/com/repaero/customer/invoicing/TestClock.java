package com.repaero.customer.invoicing;

import java.time.Clock;
import java.time.Duration;

import jakarta.enterprise.context.ApplicationScoped;

import com.repaero.customer.invoicing.domain.InvoicingClock;

import io.quarkus.test.Mock;

/**
 * The invoicing clock in tests: the real time, moved forward by whole days when a test needs an invoice to be late.
 * The offset is a system property, shared by the test and the application whatever their class loaders; tests that
 * move it put it back.
 */
@Mock
@ApplicationScoped
public class TestClock extends InvoicingClock {

    private static final String OFFSET = "repaero.test.invoicing.clock-offset-days";

    @Override
    public Clock clock() {
        return Clock.offset(super.clock(), Duration.ofDays(Long.getLong(OFFSET, 0)));
    }

    public static void moveDays(long days) {
        System.setProperty(OFFSET, Long.toString(days));
    }

    public static void reset() {
        System.clearProperty(OFFSET);
    }
}
