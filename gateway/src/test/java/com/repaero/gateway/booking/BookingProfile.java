package com.repaero.gateway.booking;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/**
 * The booking pages' tests: customer-service is the WireMock upstream (phase 2 is live), one proxy is trusted in
 * front so that each test plays its own visitor IP with {@code X-Forwarded-For}, and a visitor may load 6 pages at
 * once (refilled at 1 a minute, as in every gateway test).
 */
public class BookingProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "repaero.gateway.services.customer.url", "http://localhost:${test.upstream.port}",
                "repaero.gateway.rate-limit.trusted-proxies", "1",
                "repaero.gateway.rate-limit.anonymous.burst", "6");
    }
}
