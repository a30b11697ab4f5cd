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

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;

import jakarta.enterprise.context.ApplicationScoped;

import com.repaero.supplier.bank.BankConfig;
import com.repaero.supplier.bank.domain.BankGateway;

/**
 * Uploads pain.001 files over HTTPS ({@code repaero.bank.url}), with our client certificate when the bank requires
 * mutual TLS ({@code repaero.bank.keystore-path}, PKCS#12).
 */
@ApplicationScoped
public class HttpsBankGateway implements BankGateway {

    private final BankConfig config;
    private final HttpClient client;

    public HttpsBankGateway(BankConfig config) {
        this.config = config;
        HttpClient.Builder builder = HttpClient.newBuilder().connectTimeout(config.connectTimeout());
        if (config.keystorePath().isPresent()) {
            builder.sslContext(clientCertificate(config.keystorePath().get(),
                    config.keystorePassword().orElse("").toCharArray()));
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

    private static SSLContext clientCertificate(String path, char[] password) {
        try (InputStream in = Files.newInputStream(Path.of(path))) {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(in, password);
            KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            keys.init(store, password);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(keys.getKeyManagers(), null, null);
            return context;
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("Cannot load the bank client certificate from " + path, e);
        }
    }
}
