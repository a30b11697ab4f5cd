package com.repaero.supplier.migration.legacy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Reads the old supplier table over JDBC, read-only, with a plain connection: the import runs a few times around
 * go-live, not worth a pooled datasource that would need the old database at every start.
 */
@ApplicationScoped
public class LegacyDb {

    private final LegacyDbConfig config;

    public LegacyDb(LegacyDbConfig config) {
        this.config = config;
    }

    public boolean configured() {
        return config.jdbcUrl().filter(url -> !url.isBlank()).isPresent();
    }

    /** Every row of the table, ordered by nothing in particular: the report says which row is which by its code. */
    public List<LegacySupplier> read() {
        String table = config.table();
        // The name comes from configuration, but it is concatenated into SQL: allow identifiers only.
        if (!table.matches("[A-Za-z][A-Za-z0-9_$#]*(\\.[A-Za-z][A-Za-z0-9_$#]*)?")) {
            throw new LegacySupplier.UnreadableSource("The configured table name " + table + " is not an identifier");
        }
        try (Connection connection = DriverManager.getConnection(config.jdbcUrl().orElseThrow(),
                config.user().orElse(null), config.password().orElse(null))) {
            connection.setReadOnly(true);
            try (Statement statement = connection.createStatement();
                    ResultSet rows = statement.executeQuery("SELECT * FROM " + table)) {
                ResultSetMetaData meta = rows.getMetaData();
                List<LegacySupplier.Column> columns = new ArrayList<>();
                for (int i = 1; i <= meta.getColumnCount(); i++) {
                    columns.add(LegacySupplier.Column.named(meta.getColumnLabel(i)).orElse(null));
                }
                LegacySupplier.requireColumns(columns, "The table " + table);
                List<LegacySupplier> suppliers = new ArrayList<>();
                int row = 0;
                while (rows.next()) {
                    row++;
                    Map<LegacySupplier.Column, String> values = new EnumMap<>(LegacySupplier.Column.class);
                    for (int i = 0; i < columns.size(); i++) {
                        if (columns.get(i) != null) {
                            values.put(columns.get(i), rows.getString(i + 1));
                        }
                    }
                    suppliers.add(new LegacySupplier(row, values));
                }
                return suppliers;
            }
        } catch (SQLException e) {
            throw new LegacySupplier.UnreadableSource("Cannot read the legacy table " + table + ": " + e.getMessage(),
                    e);
        }
    }
}
