package com.repaero.customer.migration;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import com.healthmarketscience.jackcess.ColumnBuilder;
import com.healthmarketscience.jackcess.DataType;
import com.healthmarketscience.jackcess.Database;
import com.healthmarketscience.jackcess.DatabaseBuilder;
import com.healthmarketscience.jackcess.DateTimeType;
import com.healthmarketscience.jackcess.Table;
import com.healthmarketscience.jackcess.TableBuilder;

/**
 * Builds a small MS Access file (.accdb, Access 2010 format) with Rep'Aero's legacy layout, written by Jackcess into a
 * temporary directory: Clients, Contacts and, when rows are given, Historique.
 */
public final class LegacyAccessFile {

    private static final AtomicInteger NEXT_KEY = new AtomicInteger((int) (System.nanoTime() % 100_000_000L));

    private static final String[] CLIENT_TEXT = {"RaisonSociale", "SIREN", "SIRET", "NumTVA", "Adresse1", "Adresse2",
            "CodePostal", "Ville", "Pays", "LivAdresse1", "LivAdresse2", "LivCodePostal", "LivVille", "LivPays",
            "Telephone", "Email", "CondReglement"};
    private static final String[] CONTACT_TEXT = {"Nom", "Prenom", "Fonction", "Email", "Telephone", "Portable"};

    private final List<Map<String, Object>> clients = new ArrayList<>();
    private final List<Map<String, Object>> contacts = new ArrayList<>();
    private final List<Map<String, Object>> history = new ArrayList<>();

    public static LegacyAccessFile aFile() {
        return new LegacyAccessFile();
    }

    /** A fresh old key, unused by other tests (keys are AutoNumbers in the old base). */
    public static int nextKey() {
        return NEXT_KEY.incrementAndGet();
    }

    /** Adds a row to Clients; {@code columns} alternate column name and value. */
    public LegacyAccessFile client(int key, Object... columns) {
        clients.add(row("NumClient", key, columns));
        return this;
    }

    public LegacyAccessFile contact(int key, int clientKey, Object... columns) {
        Map<String, Object> row = row("NumContact", key, columns);
        row.put("NumClient", clientKey);
        contacts.add(row);
        return this;
    }

    public LegacyAccessFile history(int key, int clientKey, Object... columns) {
        Map<String, Object> row = row("NumHisto", key, columns);
        row.put("NumClient", clientKey);
        history.add(row);
        return this;
    }

    private static Map<String, Object> row(String keyColumn, Object key, Object... columns) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put(keyColumn, key);
        for (int i = 0; i < columns.length; i += 2) {
            row.put((String) columns[i], columns[i + 1]);
        }
        return row;
    }

    /** Writes the file and returns its path. */
    public Path write() {
        try {
            Path file = Files.createTempDirectory("access").resolve("clients.accdb");
            try (Database db = DatabaseBuilder.newDatabase(file).setFileFormat(Database.FileFormat.V2010).create()) {
                db.setDateTimeType(DateTimeType.LOCAL_DATE_TIME);
                fill(table(db, "Clients", "NumClient", CLIENT_TEXT, new String[]{"Observations"}, Map.of()),
                        clients);
                fill(table(db, "Contacts", "NumContact", CONTACT_TEXT, new String[0],
                        Map.of("NumClient", DataType.LONG)), contacts);
                if (!history.isEmpty()) {
                    fill(table(db, "Historique", "NumHisto", new String[]{"TypeHisto", "Objet", "Utilisateur"},
                            new String[]{"Commentaire"}, Map.of("NumClient", DataType.LONG, "DateHisto",
                                    DataType.SHORT_DATE_TIME, "Fait", DataType.BOOLEAN)),
                            history);
                }
            }
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Table table(Database db, String name, String key, String[] text, String[] memo,
            Map<String, DataType> others) throws IOException {
        TableBuilder table = new TableBuilder(name).addColumn(new ColumnBuilder(key, DataType.LONG));
        for (String column : text) {
            table.addColumn(new ColumnBuilder(column, DataType.TEXT).setLengthInUnits(255));
        }
        for (String column : memo) {
            table.addColumn(new ColumnBuilder(column, DataType.MEMO));
        }
        others.forEach((column, type) -> table.addColumn(new ColumnBuilder(column, type)));
        return table.toTable(db);
    }

    private static void fill(Table table, List<Map<String, Object>> rows) throws IOException {
        for (Map<String, Object> row : rows) {
            table.addRowFromMap(new HashMap<>(row));
        }
    }
}
