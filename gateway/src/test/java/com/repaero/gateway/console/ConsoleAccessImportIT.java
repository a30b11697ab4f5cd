package com.repaero.gateway.console;

import static com.repaero.gateway.console.PhaseTwo.fitsAndShoot;
import static com.repaero.gateway.console.PhaseTwo.url;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.healthmarketscience.jackcess.ColumnBuilder;
import com.healthmarketscience.jackcess.DataType;
import com.healthmarketscience.jackcess.Database;
import com.healthmarketscience.jackcess.DatabaseBuilder;
import com.healthmarketscience.jackcess.Table;
import com.healthmarketscience.jackcess.TableBuilder;

/**
 * The admin imports the old MS Access customer base in a real Chromium against the phase-2 platform: a small .accdb
 * (written here by Jackcess with the legacy layout) uploaded, the dry-run report per table with the rejected row and
 * its reason, then the import confirmed and the customer found in the list.
 */
class ConsoleAccessImportIT {

    // The legacy layout (customer-service's LegacyAccessFile): the import reads these columns by name.
    private static final String[] CLIENT_TEXT = {"RaisonSociale", "SIREN", "SIRET", "NumTVA", "Adresse1", "Adresse2",
            "CodePostal", "Ville", "Pays", "LivAdresse1", "LivAdresse2", "LivCodePostal", "LivVille", "LivPays",
            "Telephone", "Email", "CondReglement"};
    private static final String[] CONTACT_TEXT = {"Nom", "Prenom", "Fonction", "Email", "Telephone", "Portable"};

    @RegisterExtension
    static final BeforeAllCallback PLATFORM = PhaseTwo.PLATFORM;

    @Test
    void adminDryRunsTheAccessFileThenConfirmsTheImport() throws IOException {
        int key = ThreadLocalRandom.current().nextInt(10_000_000, 99_999_999);
        String siren = PhaseTwo.aValidSiren();
        String name = "AERO LEGACY " + key;
        Path accdb = accessFile(key, name, siren);
        try (Browser browser = PhaseTwo.signedIn("admin", 768, 1024)) {
            browser.go(url("/console/migration/access"));
            fitsAndShoot(browser, "p2-access-import-768x1024");
            browser.find("#file").sendKeys(accdb.toAbsolutePath().toString());
            browser.find("#dry-run").click();

            assertThat(browser.find("#dry-run-notice").getText()).isNotBlank();
            assertThat(browser.find("#counts-customers").getText()).contains("2").contains("1");
            assertThat(browser.find("#rejected-customers").getText()).contains(Integer.toString(key + 1))
                    .contains("SIREN");
            assertThat(browser.find("#counts-contacts").getText()).isNotBlank();
            fitsAndShoot(browser, "p2-access-dry-run-768x1024");

            browser.find("#confirm-run").click();
            assertThat(browser.find("#done-notice").getText()).isNotBlank();
            fitsAndShoot(browser, "p2-access-imported-768x1024");
            browser.go(url("/console/customers?q=" + siren));
            assertThat(browser.find("#customers").getText()).containsIgnoringCase(name).contains(siren);
        }
    }

    /** Clients (one good row, one with a bad SIREN) and Contacts (one contact), as the old base lays them out. */
    private static Path accessFile(int key, String name, String siren) throws IOException {
        Path file = Files.createTempDirectory("access").resolve("clients.accdb");
        try (Database db = DatabaseBuilder.newDatabase(file).setFileFormat(Database.FileFormat.V2010).create()) {
            TableBuilder clientTable = new TableBuilder("Clients")
                    .addColumn(new ColumnBuilder("NumClient", DataType.LONG));
            for (String column : CLIENT_TEXT) {
                clientTable.addColumn(text(column));
            }
            Table clients = clientTable.addColumn(new ColumnBuilder("Observations", DataType.MEMO)).toTable(db);
            clients.addRowFromMap(new HashMap<>(Map.of("NumClient", key, "RaisonSociale", name, "SIREN", siren,
                    "Adresse1", "2 rue de l'Aéroport", "CodePostal", "81000", "Ville", "Albi", "Pays", "FR",
                    "Email", "atelier@legacy.example")));
            clients.addRowFromMap(new HashMap<>(Map.of("NumClient", key + 1, "RaisonSociale", "SIREN FAUX " + key,
                    "SIREN", "123456789")));
            TableBuilder contactTable = new TableBuilder("Contacts")
                    .addColumn(new ColumnBuilder("NumContact", DataType.LONG));
            for (String column : CONTACT_TEXT) {
                contactTable.addColumn(text(column));
            }
            Table contacts = contactTable.addColumn(new ColumnBuilder("NumClient", DataType.LONG)).toTable(db);
            contacts.addRowFromMap(new HashMap<>(Map.of("NumContact", key, "NumClient", key, "Nom", "Martin",
                    "Prenom", "Paul", "Email", "paul.martin@legacy.example")));
        }
        return file;
    }

    private static ColumnBuilder text(String column) {
        return new ColumnBuilder(column, DataType.TEXT).setLengthInUnits(255);
    }
}
