package com.repaero.supplier.supplier;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import com.repaero.platform.validation.FrenchCompanyIds;

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

    /** Adds a head-office SIRET, the three addresses, a contact, a default bank account, terms and categories. */
    public SupplierRequests withMasterData() {
        String siren = siren();
        body.put("siret", siretOf(siren));
        body.put("paymentTerms", "DAYS_45_END_OF_MONTH");
        body.put("addresses", List.of(
                address("BILLING", "12 rue des Hangars", "31700", "Blagnac", "FR"),
                address("ORDERING", "3 allée de l'ADV", "31700", "Blagnac", "FR"),
                address("RETURNS", "Quai 4", "31100", "Toulouse", "FR")));
        body.put("contacts", List.of(Map.of("name", "Claire Martin", "role", "ADV", "email", "c.martin@aeropieces.fr",
                "phone", "+33561000000")));
        body.put("bankAccounts", List.of(Map.of("iban", "FR76 3000 6000 0112 3456 7890 189", "bic", "AGRIFRPP",
                "holder", "AERO PIECES SAS", "defaultAccount", true)));
        body.put("categories", List.of("rotables", "ATA 32"));
        return this;
    }

    public static Map<String, Object> address(String kind, String line1, String postalCode, String city,
            String country) {
        Map<String, Object> address = new LinkedHashMap<>();
        address.put("kind", kind);
        address.put("line1", line1);
        address.put("postalCode", postalCode);
        address.put("city", city);
        address.put("country", country);
        return address;
    }

    public String siren() {
        return (String) body.get("siren");
    }

    public Map<String, Object> build() {
        return body;
    }

    /** The SIRET of establishment 00012 of this SIREN, with its Luhn key. */
    public static String siretOf(String siren) {
        for (int key = 0; key < 10; key++) {
            if (FrenchCompanyIds.isValidSiret(siren + "0001" + key)) {
                return siren + "0001" + key;
            }
        }
        throw new IllegalStateException("no SIRET key for " + siren);
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
