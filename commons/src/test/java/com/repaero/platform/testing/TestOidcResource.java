package com.repaero.platform.testing;

import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/** Makes a service verify bearer tokens with the {@link TestTokens} key, issuer and audience. */
public class TestOidcResource implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        return Map.of(
                "quarkus.oidc.auth-server-url", "",
                "quarkus.oidc.discovery-enabled", "false",
                "quarkus.oidc.public-key", TestTokens.publicKey(),
                "quarkus.oidc.token.issuer", TestTokens.ISSUER,
                "quarkus.oidc.token.audience", TestTokens.AUDIENCE);
    }

    @Override
    public void stop() {
        // nothing to stop: the key pair lives as long as the JVM
    }
}
