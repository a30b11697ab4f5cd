package com.repaero.gateway;

import java.io.IOException;
import java.net.ServerSocket;
import java.util.Map;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Routing for the gateway tests: phase 2 is live; {@code supplier} is a WireMock server, {@code customer} is live but
 * nothing listens on its port, {@code production} (phase 3) is not rolled out, {@code stock} (phase 4, live only in
 * {@link com.repaero.gateway.EdgeProtectionProfile}) is the WireMock server too; anonymous callers may use
 * {@code /api/supplier/public/}; one partner origin may use CORS. Tests drive WireMock over its admin HTTP API (port
 * in {@code test.upstream.port}).
 */
public class UpstreamResource implements QuarkusTestResourceLifecycleManager {

    private WireMockServer server;

    @Override
    public Map<String, String> start() {
        server = new WireMockServer(WireMockConfiguration.options().dynamicPort().gzipDisabled(true));
        server.start();
        return Map.ofEntries(
                Map.entry("test.upstream.port", Integer.toString(server.port())),
                Map.entry("repaero.gateway.phase", "2"),
                Map.entry("repaero.gateway.services.supplier.url", "http://localhost:" + server.port()),
                Map.entry("repaero.gateway.services.customer.url", "http://localhost:" + closedPort()),
                Map.entry("repaero.gateway.services.stock.url", "http://localhost:" + server.port()),
                Map.entry("repaero.gateway.public-paths", "/api/supplier/public/"),
                // Time flows in tests too (TestClock): a slow refill keeps a drained budget drained until a test moves the clock.
                Map.entry("repaero.gateway.rate-limit.anonymous.per-minute", "1"),
                Map.entry("repaero.gateway.request-timeout", "1s"),
                Map.entry("repaero.gateway.health.timeout", "1s"),
                Map.entry("quarkus.http.cors.origins", "https://partner.example"));
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop();
        }
    }

    private static int closedPort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
