package com.repaero.gateway.console;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/**
 * customer-service on the tests' WireMock server too (the shared routing tests keep it unreachable), so that the
 * customer and CRM pages talk to a fake of it exactly as the supplier pages do.
 */
public class CustomerConsoleProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("repaero.gateway.services.customer.url", "http://localhost:${test.upstream.port}");
    }
}
