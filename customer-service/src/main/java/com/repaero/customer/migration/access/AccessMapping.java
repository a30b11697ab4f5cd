package com.repaero.customer.migration.access;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Where the customer data lives in the legacy MS Access database: table and column names, matched case-insensitively.
 * The defaults describe Rep'Aero's Access file (French names, see docs/phases/phase-2.md); any of them can be
 * overridden in application.properties or the environment for a file laid out differently. A mapped column the file
 * lacks reads as empty, except the keys and the company name.
 */
@ConfigMapping(prefix = "repaero.migration.access")
public interface AccessMapping {

    /** Largest file accepted; the HTTP body limit (quarkus.http.limits.max-body-size) must allow it too. */
    @WithDefault("8M")
    MemorySize maxSize();

    Customers customers();

    Contacts contacts();

    History history();

    /** The company table: one row per customer. */
    interface Customers {
        @WithDefault("Clients")
        String table();

        /** The old key (an AutoNumber), kept as the customer's legacy key. */
        @WithDefault("NumClient")
        String key();

        @WithDefault("RaisonSociale")
        String legalName();

        @WithDefault("SIREN")
        String siren();

        @WithDefault("SIRET")
        String siret();

        @WithDefault("NumTVA")
        String vatNumber();

        @WithDefault("Adresse1")
        String address1();

        @WithDefault("Adresse2")
        String address2();

        @WithDefault("CodePostal")
        String postalCode();

        @WithDefault("Ville")
        String city();

        /** A country name (France, Belgique, Germany) or an ISO code; empty means France. */
        @WithDefault("Pays")
        String country();

        @WithDefault("LivAdresse1")
        String deliveryAddress1();

        @WithDefault("LivAdresse2")
        String deliveryAddress2();

        @WithDefault("LivCodePostal")
        String deliveryPostalCode();

        @WithDefault("LivVille")
        String deliveryCity();

        @WithDefault("LivPays")
        String deliveryCountry();

        @WithDefault("Telephone")
        String phone();

        @WithDefault("Email")
        String email();

        /** Free text such as "30 jours fin de mois", "comptant", "45j FDM". */
        @WithDefault("CondReglement")
        String paymentTerms();

        @WithDefault("Observations")
        String notes();
    }

    /** The contact table: people at the customers, linked by the customer key. */
    interface Contacts {
        @WithDefault("Contacts")
        String table();

        @WithDefault("NumContact")
        String key();

        @WithDefault("NumClient")
        String customerKey();

        @WithDefault("Nom")
        String lastName();

        @WithDefault("Prenom")
        String firstName();

        @WithDefault("Fonction")
        String role();

        @WithDefault("Email")
        String email();

        @WithDefault("Telephone")
        String phone();

        @WithDefault("Portable")
        String mobile();
    }

    /** The interaction history (optional): calls, mails, visits become activities, the rest notes. */
    interface History {
        @WithDefault("Historique")
        String table();

        @WithDefault("NumHisto")
        String key();

        @WithDefault("NumClient")
        String customerKey();

        @WithDefault("DateHisto")
        String date();

        /** Appel, Mail, RDV, Visite, Tâche, Note… (see HistoryKind). */
        @WithDefault("TypeHisto")
        String type();

        @WithDefault("Objet")
        String subject();

        @WithDefault("Commentaire")
        String text();

        /** The Access user who wrote it; kept as the owner (activities) or author (notes). */
        @WithDefault("Utilisateur")
        String user();

        /** Yes/No; when the column is absent, an activity dated in the past counts as done. */
        @WithDefault("Fait")
        String done();
    }
}
