package com.repaero.supplier.bank;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Test-time certificates for mutual TLS with the bank fake, made with the JDK's keytool (nothing committed, nothing
 * expires between runs): the bank's server key, Rep'Aero's client key, a stranger's client key the bank does not
 * know, and the two trust stores (ours trusts the bank; the bank trusts Rep'Aero only). PKCS#12, one password.
 */
public record BankPki(Path bankKeystore, Path bankTruststore, Path clientKeystore, Path clientTruststore,
        Path strangerKeystore) {

    public static final String PASSWORD = "test-only-secret";

    private static BankPki created;

    /** The certificates of this JVM, made on first use. */
    public static synchronized BankPki get() {
        if (created == null) {
            created = create();
        }
        return created;
    }

    private static BankPki create() {
        try {
            Path dir = Files.createTempDirectory("bank-pki");
            dir.toFile().deleteOnExit();
            Path bank = keyPair(dir, "bank", "CN=localhost, O=Banque de test", "SAN=dns:localhost,ip:127.0.0.1");
            Path client = keyPair(dir, "client", "CN=Rep'Aero payments, O=Rep'Aero", null);
            Path stranger = keyPair(dir, "stranger", "CN=Someone else, O=Unknown", null);
            return new BankPki(bank, trustStoreOf(dir, "bank-trusts", client), client,
                    trustStoreOf(dir, "client-trusts", bank), stranger);
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("cannot create the test certificates", e);
        }
    }

    private static Path keyPair(Path dir, String alias, String dname, String extension) throws IOException {
        Path store = dir.resolve(alias + ".p12");
        List<String> command = new java.util.ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "keytool").toString(), "-genkeypair", "-alias", alias,
                "-keyalg", "RSA", "-keysize", "2048", "-validity", "2", "-dname", dname, "-storetype", "PKCS12",
                "-keystore", store.toString(), "-storepass", PASSWORD, "-keypass", PASSWORD));
        if (extension != null) {
            command.addAll(List.of("-ext", extension));
        }
        Process keytool = new ProcessBuilder(command).redirectErrorStream(true).start();
        try {
            String output = new String(keytool.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!keytool.waitFor(60, TimeUnit.SECONDS) || keytool.exitValue() != 0) {
                throw new IOException("keytool failed for " + alias + ": " + output);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
        return store;
    }

    /** A trust store holding only the certificate of {@code keystore}'s key. */
    private static Path trustStoreOf(Path dir, String name, Path keystore) throws IOException,
            GeneralSecurityException {
        KeyStore source = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(keystore)) {
            source.load(in, PASSWORD.toCharArray());
        }
        String alias = source.aliases().nextElement();
        KeyStore trust = KeyStore.getInstance("PKCS12");
        trust.load(null, null);
        trust.setCertificateEntry(alias, source.getCertificate(alias));
        Path store = dir.resolve(name + ".p12");
        try (OutputStream out = Files.newOutputStream(store)) {
            trust.store(out, PASSWORD.toCharArray());
        }
        return store;
    }
}
