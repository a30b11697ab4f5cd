package com.repaero.supplier.shipment;

import java.util.LinkedHashMap;
import java.util.Map;

/** Test data builder for shipment creation bodies; each addressee has a unique last name (the fake's key). */
public final class ShipmentRequests {

    private final Map<String, Object> body = new LinkedHashMap<>();
    private final Map<String, Object> addressee = new LinkedHashMap<>();

    private ShipmentRequests() {
        addressee.put("companyName", "Aéro Pièces SAS");
        addressee.put("lastName", ColissimoFake.uniqueName());
        addressee.put("firstName", "Claire");
        addressee.put("line2", "12 rue des Hangars");
        addressee.put("city", "Toulouse");
        addressee.put("zipCode", "31700");
        addressee.put("countryCode", "FR");
        addressee.put("email", "atelier@aeropieces.fr");
        addressee.put("mobileNumber", "+33612345678");
        body.put("addressee", addressee);
        body.put("weightKg", 2.5);
        body.put("insuranceValue", 1500.00);
        body.put("productCode", "DOS");
        body.put("reference", "PO-2026-0042");
    }

    public static ShipmentRequests aShipment() {
        return new ShipmentRequests();
    }

    public ShipmentRequests with(String field, Object value) {
        body.put(field, value);
        return this;
    }

    public ShipmentRequests without(String field) {
        body.remove(field);
        return this;
    }

    public ShipmentRequests withAddressee(String field, Object value) {
        addressee.put(field, value);
        return this;
    }

    public String lastName() {
        return (String) addressee.get("lastName");
    }

    public Map<String, Object> build() {
        return body;
    }
}
