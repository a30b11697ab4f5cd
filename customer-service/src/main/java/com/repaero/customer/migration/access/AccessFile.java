package com.repaero.customer.migration.access;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import com.healthmarketscience.jackcess.Column;
import com.healthmarketscience.jackcess.Database;
import com.healthmarketscience.jackcess.DatabaseBuilder;
import com.healthmarketscience.jackcess.DateTimeType;
import com.healthmarketscience.jackcess.Row;
import com.healthmarketscience.jackcess.RuntimeIOException;
import com.healthmarketscience.jackcess.Table;

/**
 * An uploaded MS Access file opened read-only with Jackcess. Rows are streamed table by table (Jackcess reads pages as
 * it goes), each handed over as a {@link LegacyRow} keyed by the logical names of the mapping.
 */
public final class AccessFile implements AutoCloseable {

    /** The file cannot be read as an Access database, or does not have the mapped tables and keys. */
    public static class Unreadable extends Exception {
        public Unreadable(String message) {
            super(message);
        }
    }

    private final Database db;

    private AccessFile(Database db) {
        this.db = db;
    }

    public static AccessFile open(Path file) throws Unreadable {
        try {
            Database db = new DatabaseBuilder(file.toFile()).setReadOnly(true).open();
            db.setDateTimeType(DateTimeType.LOCAL_DATE_TIME);
            return new AccessFile(db);
        } catch (IOException | RuntimeException e) {
            throw new Unreadable("is not an MS Access database (.accdb or .mdb) that can be read: "
                    + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
        }
    }

    /** Whether the table exists (names are case-insensitive in Access). */
    public boolean hasTable(String name) throws Unreadable {
        try {
            return db.getTable(name) != null;
        } catch (IOException e) {
            throw new Unreadable("cannot be read: " + e.getMessage());
        }
    }

    /**
     * Streams the rows of {@code table}, with {@code columns} mapping logical names to the file's column names;
     * {@code required} logical names must exist as columns.
     */
    public void rows(String table, Map<String, String> columns, Set<String> required,
            Consumer<LegacyRow> each) throws Unreadable {
        try {
            Table t = db.getTable(table);
            if (t == null) {
                throw new Unreadable("has no table " + table);
            }
            Map<String, String> actual = new LinkedHashMap<>();
            for (Map.Entry<String, String> mapping : columns.entrySet()) {
                Column column = column(t, mapping.getValue());
                if (column != null) {
                    actual.put(mapping.getKey(), column.getName());
                } else if (required.contains(mapping.getKey())) {
                    throw new Unreadable("has no column " + mapping.getValue() + " in table " + t.getName());
                }
            }
            int line = 0;
            for (Row row : t) {
                line++;
                Map<String, Object> values = new HashMap<>();
                for (Map.Entry<String, String> mapping : actual.entrySet()) {
                    values.put(mapping.getKey(), row.get(mapping.getValue()));
                }
                each.accept(new LegacyRow(line, values));
            }
        } catch (IOException | RuntimeIOException e) {
            throw new Unreadable("cannot be read (table " + table + "): " + e.getMessage());
        }
    }

    private static Column column(Table table, String name) {
        try {
            return table.getColumn(name);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    @Override
    public void close() {
        try {
            db.close();
        } catch (IOException e) {
            // Read-only: nothing to lose.
        }
    }
}
