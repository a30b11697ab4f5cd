package com.repaero.customer.notification;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import io.quarkus.test.junit.QuarkusMock;

/** A clock tests set and move forward (no sleeping), installed in place of the application's for one test. */
public final class TestClock extends Clock {

    private volatile Instant now;

    private TestClock(Instant now) {
        this.now = now;
    }

    /** Installs a clock at {@code now} for the current test (QuarkusMock resets it after the test). */
    public static TestClock install(Instant now) {
        TestClock clock = new TestClock(now);
        QuarkusMock.installMockForType(clock, Clock.class);
        return clock;
    }

    public void advance(Duration duration) {
        now = now.plus(duration);
    }

    public void set(Instant instant) {
        now = instant;
    }

    @Override
    public Instant instant() {
        return now;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }
}
