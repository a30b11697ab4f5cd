package com.repaero.platform.testing;

import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Points a {@code @QuarkusTest} at the real test broker ({@link KafkaBroker}), started on first use and shared by every
 * test of the JVM. Use with {@code @QuarkusTestResource(value = KafkaBrokerResource.class, restrictToAnnotatedClass =
 * false)} once per module.
 */
public class KafkaBrokerResource implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        return Map.of("kafka.bootstrap.servers", KafkaBroker.start());
    }

    @Override
    public void stop() {
        // The broker outlives a Quarkus restart between test classes; a shutdown hook stops it with the JVM.
    }
}
