package com.repaero.customer.notification;

import java.util.Map;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/** A local fake of Twilio's REST API (WireMock): {@code repaero.twilio.base-url} points at it. */
public class TwilioFakeResource implements QuarkusTestResourceLifecycleManager {

    private WireMockServer server;

    @Override
    public Map<String, String> start() {
        server = new WireMockServer(WireMockConfiguration.options().dynamicPort().gzipDisabled(true)
                .containerThreads(10));
        server.start();
        return Map.of("repaero.twilio.base-url", "http://localhost:" + server.port());
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop();
        }
    }
}
