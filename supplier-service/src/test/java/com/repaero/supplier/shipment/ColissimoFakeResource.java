package com.repaero.supplier.shipment;

import java.util.Map;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * A local fake of the Colissimo web services (WireMock): {@code repaero.colissimo.base-url} points at it. Tests drive
 * it over its admin HTTP API ({@link ColissimoFake}), since they may run in another class loader than this resource.
 */
public class ColissimoFakeResource implements QuarkusTestResourceLifecycleManager {

    private WireMockServer server;

    @Override
    public Map<String, String> start() {
        server = new WireMockServer(WireMockConfiguration.options().dynamicPort().gzipDisabled(true)
                .containerThreads(20));
        server.start();
        return Map.of("repaero.colissimo.base-url", "http://localhost:" + server.port());
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop();
        }
    }
}
