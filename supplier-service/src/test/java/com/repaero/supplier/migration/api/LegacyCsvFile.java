package com.repaero.supplier.migration.api;

import java.util.ArrayList;
import java.util.List;

import com.repaero.platform.validation.FrenchCompanyIds;
import com.repaero.supplier.supplier.SupplierRequests;

/** Test data builder for the legacy CSV export: French headers, semicolons, one line per supplier. */
final class LegacyCsvFile {

    static final String HEADER = "Code fournisseur;Raison sociale;SIREN;SIRET;TVA intracommunautaire;Adresse;"
            + "Code postal;Ville;Téléphone;E-mail;IBAN;BIC";

    private final List<String> lines = new ArrayList<>();

    static LegacyCsvFile aLegacyExport() {
        return new LegacyCsvFile();
    }

    /** A valid supplier row with a fresh SIREN; returns the builder. */
    LegacyCsvFile withSupplier(String code, String siren, String name) {
        return withLine(code + ";" + name + ";" + siren + ";" + SupplierRequests.siretOf(siren) + ";"
                + FrenchCompanyIds.vatNumberOf(siren) + ";12 rue des Hangars;31700;Blagnac;05 61 00 00 00;achats-"
                + siren + "@exemple.fr;FR76 3000 6000 0112 3456 7890 189;AGRIFRPP");
    }

    LegacyCsvFile withLine(String line) {
        lines.add(line);
        return this;
    }

    String build() {
        return HEADER + "\r\n" + String.join("\r\n", lines) + "\r\n";
    }
}
