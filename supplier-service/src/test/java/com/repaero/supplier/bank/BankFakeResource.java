package com.repaero.supplier.bank;

import java.util.Map;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * A local fake of the bank's upload endpoint (WireMock) over HTTPS that requires a client certificate, as banks do:
 * {@code repaero.bank.url} points at it and the application gets Rep'Aero's test client certificate and the bank's
 * certificate to trust ({@link BankPki}), so every bank test goes through mutual TLS. Tests drive it over its plain
 * http admin port ({@link BankFake}), since they may run in another class loader than this resource.
 */
public class BankFakeResource implements QuarkusTestResourceLifecycleManager {

    /** Where {@link BankFake} finds the fake's admin API. */
    static final String ADMIN_PORT = "repaero.test.bank-fake.admin-port";

    private WireMockServer server;

    /** A fake bank over HTTPS that accepts only the clients its trust store names. */
    public static WireMockServer mutualTls(BankPki pki) {
        return new WireMockServer(WireMockConfiguration.options().dynamicPort().dynamicHttpsPort()
                .keystoreType("PKCS12").keystorePath(pki.bankKeystore().toString())
                .keystorePassword(BankPki.PASSWORD).keyManagerPassword(BankPki.PASSWORD)
                .needClientAuth(true)
                .trustStoreType("PKCS12").trustStorePath(pki.bankTruststore().toString())
                .trustStorePassword(BankPki.PASSWORD));
    }

    @Override
    public Map<String, String> start() {
        BankPki pki = BankPki.get();
        server = mutualTls(pki);
        server.start();
        return Map.of("repaero.bank.url", "https://localhost:" + server.httpsPort() + BankFake.PATH,
                "repaero.bank.keystore-path", pki.clientKeystore().toString(),
                "repaero.bank.keystore-password", BankPki.PASSWORD,
                "repaero.bank.truststore-path", pki.clientTruststore().toString(),
                "repaero.bank.truststore-password", BankPki.PASSWORD,
                "repaero.bank.read-timeout", "2s",
                ADMIN_PORT, Integer.toString(server.port()));
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop();
        }
    }
}
