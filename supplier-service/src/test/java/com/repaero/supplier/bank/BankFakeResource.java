package com.repaero.supplier.bank;

import java.util.Map;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * A local fake of the bank's upload endpoint (WireMock, plain http): {@code repaero.bank.url} points at it. Tests drive
 * it over its admin HTTP API ({@link BankFake}), since they may run in another class loader than this resource.
 */
public class BankFakeResource implements QuarkusTestResourceLifecycleManager {

    private WireMockServer server;

    @Override
    public Map<String, String> start() {
        server = new WireMockServer(WireMockConfiguration.options().dynamicPort());
        server.start();
        return Map.of("repaero.bank.url", "http://localhost:" + server.port() + BankFake.PATH,
                "repaero.bank.read-timeout", "2s");
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop();
        }
    }
}
