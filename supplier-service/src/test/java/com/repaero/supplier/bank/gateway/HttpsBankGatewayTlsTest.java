package com.repaero.supplier.bank.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.repaero.supplier.bank.BankFakeResource;
import com.repaero.supplier.bank.BankPki;
import com.repaero.supplier.bank.domain.BankGateway.BankException;

/**
 * Mutual TLS with a bank that requires a client certificate: the configured certificate gets the file through; no
 * certificate, a certificate the bank does not know, or a bank certificate we do not trust is a TLS failure that says
 * which setting to check, and nothing reaches the bank.
 */
class HttpsBankGatewayTlsTest {

    private static final BankPki PKI = BankPki.get();
    private static WireMockServer bank;

    @BeforeAll
    static void startBank() {
        bank = BankFakeResource.mutualTls(PKI);
        bank.start();
        bank.stubFor(post(urlEqualTo("/sepa/pain001"))
                .willReturn(aResponse().withStatus(202).withHeader("X-Bank-Reference", "BNK-42")));
    }

    @AfterAll
    static void stopBank() {
        bank.stop();
    }

    @Test
    void theConfiguredClientCertificateGetsTheFileThrough() {
        HttpsBankGateway gateway = gateway(Optional.of(PKI.clientKeystore().toString()), true);

        assertThat(gateway.send("MSG-TLS-1", "<Document/>")).isEqualTo("BNK-42");
        assertThat(bank.findAll(anyRequestedFor(anyUrl()))).anySatisfy(
                request -> assertThat(request.getHeader("X-Message-Id")).isEqualTo("MSG-TLS-1"));
    }

    @Test
    void withoutAClientCertificateTheHandshakeFailsAndSaysWhy() {
        assertRefusedHandshake(gateway(Optional.empty(), true), "MSG-TLS-2", "keystore-path is not set");
    }

    @Test
    void aCertificateTheBankDoesNotKnowIsRefused() {
        assertRefusedHandshake(gateway(Optional.of(PKI.strangerKeystore().toString()), true), "MSG-TLS-3",
                "stranger.p12");
    }

    @Test
    void aBankCertificateWeDoNotTrustIsRefused() {
        // Our client certificate, but the JDK's CAs only: the bank's self-made certificate is not among them.
        assertRefusedHandshake(gateway(Optional.of(PKI.clientKeystore().toString()), false), "MSG-TLS-4",
                "truststore-path is not set");
    }

    private static void assertRefusedHandshake(HttpsBankGateway gateway, String messageId, String settingNamed) {
        assertThatThrownBy(() -> gateway.send(messageId, "<Document/>"))
                .isInstanceOf(BankException.TlsFailed.class)
                .hasMessageContaining("TLS handshake with the bank failed")
                .hasMessageContaining(settingNamed);
        assertThat(bank.findAll(anyRequestedFor(anyUrl())))
                .noneSatisfy(request -> assertThat(request.getHeader("X-Message-Id")).isEqualTo(messageId));
    }

    private static HttpsBankGateway gateway(Optional<String> keystore, boolean trustTheBank) {
        return new HttpsBankGateway(new TlsSettings("https://localhost:" + bank.httpsPort() + "/sepa/pain001",
                keystore.map(java.nio.file.Path::of),
                trustTheBank ? Optional.of(PKI.clientTruststore()) : Optional.empty()));
    }
}
