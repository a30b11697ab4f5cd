package com.repaero.customer.customer;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import com.repaero.platform.validation.FrenchCompanyIds;

/** Test data builder for customer registration bodies, each with a fresh valid SIREN. */
public final class CustomerRequests {

    private static final AtomicLong NEXT = new AtomicLong(System.nanoTime() % 10_000_000L * 10);

    private final Map<String, Object> body = new LinkedHashMap<>();

    private CustomerRequests() {
        String siren = nextSiren();
        body.put("legalName", "Avia Sud " + siren);
        body.put("siren", siren);
        body.put("vatNumber", FrenchCompanyIds.vatNumberOf(siren));
        body.put("email", "compta-" + siren + "@aviasud.fr");
    }

    public static CustomerRequests aCustomer() {
        return new CustomerRequests();
    }

    public CustomerRequests with(String field, Object value) {
        body.put(field, value);
        return this;
    }

    public CustomerRequests without(String field) {
        body.remove(field);
        return this;
    }

    /** Adds a SIRET, both addresses, a phone, payment terms, notes and two contacts. */
    public CustomerRequests withMasterData() {
        body.put("siret", siretOf(siren()));
        body.put("billingAddress", address("Hangar 3, aéroport de Francazal", "31270", "Cugnaux", "FR"));
        body.put("deliveryAddress", address("Zone fret, porte 12", "31700", "Blagnac", "FR"));
        body.put("phone", "+33561000000");
        body.put("paymentTerms", "DAYS_30_END_OF_MONTH");
        body.put("notes", "Flotte de 4 TB20");
        body.put("contacts", List.of(
                contact("Julien Moreau", "Responsable maintenance", "j.moreau@aviasud.fr", "+33612345678"),
                contact("Sophie Leroy", "Comptabilité", "s.leroy@aviasud.fr", null)));
        return this;
    }

    public static Map<String, Object> address(String line1, String postalCode, String city, String country) {
        Map<String, Object> address = new LinkedHashMap<>();
        address.put("line1", line1);
        address.put("postalCode", postalCode);
        address.put("city", city);
        address.put("country", country);
        return address;
    }

    public static Map<String, Object> contact(String name, String role, String email, String mobile) {
        Map<String, Object> contact = new LinkedHashMap<>();
        contact.put("name", name);
        contact.put("role", role);
        contact.put("email", email);
        contact.put("mobile", mobile);
        return contact;
    }

    public String siren() {
        return (String) body.get("siren");
    }

    public Map<String, Object> build() {
        return body;
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
