package com.repaero.gateway;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/**
 * Small budgets (refilled at 1 call a minute, so that the real time that flows during a test is negligible) and a
 * quick breaker for the edge-protection tests, one proxy trusted in front (so that each test
 * plays its own client IPs with {@code X-Forwarded-For}), and {@code stock} live on the WireMock upstream so that its
 * breaker is the tests' own.
 */
public class EdgeProtectionProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "repaero.gateway.rate-limit.anonymous.burst", "3",
                "repaero.gateway.rate-limit.anonymous.per-minute", "1",
                "repaero.gateway.rate-limit.client.burst", "5",
                "repaero.gateway.rate-limit.client.per-minute", "1",
                "repaero.gateway.rate-limit.trusted-proxies", "1",
                "repaero.gateway.services.stock.phase", "2",
                "repaero.gateway.circuit-breaker.failure-threshold", "3",
                "repaero.gateway.circuit-breaker.open-for", "60s");
    }
}
