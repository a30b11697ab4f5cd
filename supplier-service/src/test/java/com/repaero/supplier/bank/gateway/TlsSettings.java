package com.repaero.supplier.bank.gateway;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

import com.repaero.supplier.bank.BankConfig;
import com.repaero.supplier.bank.BankPki;

/** A bank configuration for the gateway alone: the URL, and which client key and trust store it has, if any. */
record TlsSettings(String url, Optional<Path> keystore, Optional<Path> truststore) implements BankConfig {

    @Override
    public Optional<String> keystorePath() {
        return keystore.map(Path::toString);
    }

    @Override
    public Optional<String> keystorePassword() {
        return keystore.map(path -> BankPki.PASSWORD);
    }

    @Override
    public Optional<String> truststorePath() {
        return truststore.map(Path::toString);
    }

    @Override
    public Optional<String> truststorePassword() {
        return truststore.map(path -> BankPki.PASSWORD);
    }

    @Override
    public Duration connectTimeout() {
        return Duration.ofSeconds(2);
    }

    @Override
    public Duration readTimeout() {
        return Duration.ofSeconds(5);
    }

    @Override
    public Debtor debtor() {
        throw new UnsupportedOperationException("the gateway does not need the debtor");
    }
}
