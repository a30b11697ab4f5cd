package com.repaero.platform.testing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The schema check must be able to fail, or the services' event contract tests prove nothing. */
class EventSchemasTest {

    private static final String VALID = """
            {"specversion":"1.0","id":"0b0b6f6e-6c1e-4a53-9f38-9a2b9e4f1c11","source":"/repaero/supplier-service",
             "type":"com.repaero.supplier.SupplierRegistered","time":"2026-11-23T09:15:02.123Z","subject":"42",
             "datacontenttype":"application/json","aggregatetype":"Supplier",
             "data":{"supplierId":42,"legalName":"Aéro Pièces SAS","siren":"732829320","vatNumber":"FR44732829320",
                     "email":null,"registeredBy":"purchasing","registeredAt":"2026-11-23T09:15:02.120Z"}}
            """;

    @Test
    void acceptsAConformingEvent() {
        assertThat(EventSchemas.violations(VALID, "supplier", "SupplierRegistered")).isEmpty();
    }

    @Test
    void reportsEnvelopeAndDataViolations() {
        String invalid = VALID.replace("\"subject\":\"42\",", "").replace("\"732829320\"", "\"7328\"");
        assertThat(EventSchemas.violations(invalid, "supplier", "SupplierRegistered"))
                .anySatisfy(v -> assertThat(v).contains("subject"))
                .anySatisfy(v -> assertThat(v).startsWith("data: ").contains("siren"));
    }
}
