package com.repaero.supplier.supplier;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import com.repaero.supplier.supplier.domain.FrenchCompanyIds;

/** Test data builder for supplier registration bodies, each with a fresh valid SIREN. */
public final class SupplierRequests {

    private static final AtomicLong NEXT = new AtomicLong(System.nanoTime() % 10_000_000L * 10);

    private final Map<String, Object> body = new LinkedHashMap<>();

    private SupplierRequests() {
        String siren = nextSiren();
        body.put("legalName", "Aéro Pièces " + siren);
        body.put("siren", siren);
        body.put("vatNumber", FrenchCompanyIds.vatNumberOf(siren));
        body.put("email", "achats-" + siren + "@aeropieces.fr");
    }

    public static SupplierRequests aSupplier() {
        return new SupplierRequests();
    }

    public SupplierRequests with(String field, Object value) {
        body.put(field, value);
        return this;
    }

    public SupplierRequests without(String field) {
        body.remove(field);
        return this;
    }

    public String siren() {
        return (String) body.get("siren");
    }

    public Map<String, Object> build() {
        return body;
    }

    /** A valid SIREN no other test uses: 8 digits from a counter and the Luhn key digit. */
    public static String nextSiren() {
        String base = String.format("%08d", NEXT.incrementAndGet() % 100_000_000L);
        for (int key = 0; key < 10; key++) {
            if (FrenchCompanyIds.isValidSiren(base + key)) {
                return base + key;
            }
        }
        throw new IllegalStateException("no Luhn key for " + base);
    }
}
