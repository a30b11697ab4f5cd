package com.repaero.platform.testing;

import java.util.concurrent.atomic.AtomicLong;

import com.repaero.platform.validation.FrenchCompanyIds;

/** Valid French company identifiers for tests: a SIREN no other test (nor an earlier run) uses, and its SIRET. */
public final class TestCompanyIds {

    // Seeded from the clock: runs against a platform that keeps its data (ITs) do not collide either.
    private static final AtomicLong NEXT = new AtomicLong(System.nanoTime() % 10_000_000L * 10);

    private TestCompanyIds() {
    }

    /** 8 digits from a counter and the Luhn key digit. */
    public static String nextSiren() {
        String base = String.format("%08d", NEXT.incrementAndGet() % 100_000_000L);
        for (int key = 0; key < 10; key++) {
            if (FrenchCompanyIds.isValidSiren(base + key)) {
                return base + key;
            }
        }
        throw new IllegalStateException("no Luhn key for " + base);
    }

    /** The SIRET of establishment 0001x of this SIREN, with its Luhn key. */
    public static String siretOf(String siren) {
        for (int key = 0; key < 10; key++) {
            if (FrenchCompanyIds.isValidSiret(siren + "0001" + key)) {
                return siren + "0001" + key;
            }
        }
        throw new IllegalStateException("no SIRET key for " + siren);
    }
}
