package com.repaero.gateway.config;

import java.net.URI;
import java.time.Duration;
import java.util.Map;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Routing of the gateway ({@code repaero.gateway.*}): which services exist, where, and which phase is live. */
@ConfigMapping(prefix = "repaero.gateway")
public interface GatewayConfig {

    /** The rollout phase this platform runs: services of a later phase answer 503. */
    @WithDefault("5")
    int phase();

    /** The services by route name ({@code /api/<name>/**}). */
    Map<String, Service> services();

    /** Time to open a connection to a service before answering 503. */
    @WithDefault("2s")
    Duration connectTimeout();

    /** Time a service has to answer before the gateway answers 504. */
    @WithDefault("30s")
    Duration requestTimeout();

    /** One downstream service. */
    interface Service {
        /** Base URL, e.g. {@code http://localhost:8081}. */
        URI url();

        /** The rollout phase that brings this service. */
        int phase();
    }
}
