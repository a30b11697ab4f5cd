package com.repaero.gateway.booking;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/** The platform in phase 1: customer-service (phase 2) is not rolled out yet, though it would answer. */
public class BookingPhaseOneProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "repaero.gateway.phase", "1",
                "repaero.gateway.services.customer.url", "http://localhost:${test.upstream.port}");
    }
}
