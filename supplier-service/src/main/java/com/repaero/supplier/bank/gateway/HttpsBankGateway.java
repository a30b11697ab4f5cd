package com.repaero.supplier.bank.gateway;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.util.Optional;

import javax.net.ssl.KeyManager;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLException;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;

import jakarta.enterprise.context.ApplicationScoped;

import com.repaero.supplier.bank.BankConfig;
import com.repaero.supplier.bank.domain.BankGateway;

/**
 * Uploads pain.001 files over HTTPS ({@code repaero.bank.url}), with our client certificate when the bank requires
 * mutual TLS ({@code repaero.bank.keystore-path}, PKCS#12), trusting the bank's certificate from
 * {@code repaero.bank.truststore-path} when given (else the JDK's CAs). A failed handshake is told apart from an
 * outage: retrying does not help until the certificates are put right.
 */
@ApplicationScoped
public class HttpsBankGateway implements BankGateway {

    private final BankConfig config;
    private final HttpClient client;
    private final SSLContext sslContext;

    public HttpsBankGateway(BankConfig config) {
        this.config = config;
        HttpClient.Builder builder = HttpClient.newBuilder().connectTimeout(config.connectTimeout());
        if (config.keystorePath().isPresent() || config.truststorePath().isPresent()) {
            this.sslContext = tls(config);
            builder.sslContext(sslContext);
        } else {
            this.sslContext = null;
        }
        this.client = builder.build();
    }

    @Override
    public String send(String messageId, String pain001) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(config.url()))
                .timeout(config.readTimeout())
                .header("Content-Type", "application/xml; charset=UTF-8")
                .header("X-Message-Id", messageId)
                .POST(HttpRequest.BodyPublishers.ofString(pain001, StandardCharsets.UTF_8))
                .build();
        HttpResponse<String> response;
        try {
            response = client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            Optional<SSLException> tls = tlsFailure(e).or(this::probeHandshake);
            if (tls.isPresent()) {
                throw new BankException.TlsFailed("The TLS handshake with the bank failed (" + tls.get().getMessage()
                        + "): our client certificate is missing or not accepted (repaero.bank.keystore-path is "
                        + config.keystorePath().orElse("not set")
                        + "), or the bank's certificate is not trusted (repaero.bank.truststore-path is "
                        + config.truststorePath().orElse("not set: the JDK's CAs") + ")", e);
            }
            throw new BankException.Unavailable("The bank could not be reached: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BankException.Unavailable("Interrupted while sending to the bank", e);
        }
        int status = response.statusCode();
        if (status >= 200 && status < 300) {
            return response.headers().firstValue("X-Bank-Reference").orElse("");
        }
        String body = response.body() == null ? "" : response.body();
        String excerpt = body.length() > 300 ? body.substring(0, 300) : body;
        if (status >= 400 && status < 500 && status != 408 && status != 429) {
            throw new BankException.Refused("The bank refused the file (HTTP " + status + "): " + excerpt);
        }
        throw new BankException.Unavailable("The bank is unavailable (HTTP " + status + ")", null);
    }

    /**
     * With TLS 1.3 a bank that wants a client certificate we did not send refuses it after our side of the handshake
     * is done: the request then fails as a broken pipe or a reset, not as a TLS error. A bare handshake and one read
     * tell which it was: the bank's alert arrives at once, while a bank that accepted us waits for the request.
     */
    private Optional<SSLException> probeHandshake() {
        URI uri = URI.create(config.url());
        if (!"https".equalsIgnoreCase(uri.getScheme())) {
            return Optional.empty();
        }
        int port = uri.getPort() == -1 ? 443 : uri.getPort();
        try {
            SSLContext context = sslContext != null ? sslContext : SSLContext.getDefault();
            try (javax.net.ssl.SSLSocket socket = (javax.net.ssl.SSLSocket) context.getSocketFactory()
                    .createSocket(uri.getHost(), port)) {
                socket.setSoTimeout((int) Math.min(2000, config.connectTimeout().toMillis()));
                socket.startHandshake();
                socket.getInputStream().read();
            }
        } catch (SSLException e) {
            return Optional.of(e);
        } catch (IOException | GeneralSecurityException e) {
            // Timeout (the bank waits for a request: the handshake was fine), or unreachable: not a TLS refusal.
        }
        return Optional.empty();
    }

    // The JDK client may report a refused handshake wrapped, e.g. an IOException whose cause is the alert.
    private static Optional<SSLException> tlsFailure(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SSLException tls) {
                return Optional.of(tls);
            }
        }
        return Optional.empty();
    }

    private static SSLContext tls(BankConfig config) {
        try {
            KeyManager[] keys = null;
            if (config.keystorePath().isPresent()) {
                char[] password = config.keystorePassword().orElse("").toCharArray();
                KeyManagerFactory factory = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
                factory.init(load(config.keystorePath().get(), password), password);
                keys = factory.getKeyManagers();
            }
            TrustManager[] trust = null;
            if (config.truststorePath().isPresent()) {
                TrustManagerFactory factory = TrustManagerFactory
                        .getInstance(TrustManagerFactory.getDefaultAlgorithm());
                factory.init(load(config.truststorePath().get(),
                        config.truststorePassword().orElse("").toCharArray()));
                trust = factory.getTrustManagers();
            }
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(keys, trust, null);
            return context;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot set up TLS to the bank: " + e.getMessage(), e);
        }
    }

    private static KeyStore load(String path, char[] password) throws GeneralSecurityException {
        try (InputStream in = Files.newInputStream(Path.of(path))) {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(in, password);
            return store;
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read the PKCS#12 store " + path + ": " + e.getMessage(), e);
        }
    }
}
