package com.repaero.customer.customer;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.repaero.platform.testing.TestCompanyIds;
import com.repaero.platform.validation.FrenchCompanyIds;

/** Test data builder for customer registration bodies, each with a fresh valid SIREN. */
public final class CustomerRequests {

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

    public static String siretOf(String siren) {
        return TestCompanyIds.siretOf(siren);
    }

    public static String nextSiren() {
        return TestCompanyIds.nextSiren();
    }
}
