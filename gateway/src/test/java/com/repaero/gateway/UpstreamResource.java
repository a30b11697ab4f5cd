package com.repaero.gateway;

import java.io.IOException;
import java.net.ServerSocket;
import java.util.Map;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Routing for the gateway tests: phase 2 is live; {@code supplier} is a WireMock server, {@code customer} is live but
 * nothing listens on its port, {@code production} (phase 3) is not rolled out; one partner origin may use CORS. Tests drive WireMock over its admin
 * HTTP API (port in {@code test.upstream.port}).
 */
public class UpstreamResource implements QuarkusTestResourceLifecycleManager {

    private WireMockServer server;

    @Override
    public Map<String, String> start() {
        server = new WireMockServer(WireMockConfiguration.options().dynamicPort().gzipDisabled(true));
        server.start();
        return Map.of(
                "test.upstream.port", Integer.toString(server.port()),
                "repaero.gateway.phase", "2",
                "repaero.gateway.services.supplier.url", "http://localhost:" + server.port(),
                "repaero.gateway.services.customer.url", "http://localhost:" + closedPort(),
                "repaero.gateway.request-timeout", "1s",
                "quarkus.http.cors.origins", "https://partner.example");
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
