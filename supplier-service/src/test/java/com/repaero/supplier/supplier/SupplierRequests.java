package com.repaero.supplier.supplier;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.repaero.platform.testing.TestCompanyIds;
import com.repaero.platform.validation.FrenchCompanyIds;

/** Test data builder for supplier registration bodies, each with a fresh valid SIREN. */
public final class SupplierRequests {

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

    public static String siretOf(String siren) {
        return TestCompanyIds.siretOf(siren);
    }

    public static String nextSiren() {
        return TestCompanyIds.nextSiren();
    }
}
