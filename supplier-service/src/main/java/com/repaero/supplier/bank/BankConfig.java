package com.repaero.supplier.bank;

import java.time.Duration;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Bank settings ({@code repaero.bank.*}): our debtor account for SEPA transfers and the bank's upload endpoint. */
@ConfigMapping(prefix = "repaero.bank")
public interface BankConfig {

    Debtor debtor();

    /** HTTPS endpoint that receives pain.001 files. */
    String url();

    /** PKCS#12 keystore of our client certificate (and its key), for banks that require mutual TLS. */
    Optional<String> keystorePath();

    Optional<String> keystorePassword();

    /**
     * PKCS#12 store of the certificates we trust for the bank's server (its CA, or its certificate pinned); absent =
     * the JDK's default trusted CAs.
     */
    Optional<String> truststorePath();

    Optional<String> truststorePassword();

    @WithDefault("5s")
    Duration connectTimeout();

    @WithDefault("30s")
    Duration readTimeout();

    /** Rep'Aero as the debtor of its supplier payments (structured address, as the EPC requires). */
    interface Debtor {
        String name();

        String iban();

        String bic();

        String streetName();

        Optional<String> buildingNumber();

        String postCode();

        String townName();

        @WithDefault("FR")
        String country();
    }
}
