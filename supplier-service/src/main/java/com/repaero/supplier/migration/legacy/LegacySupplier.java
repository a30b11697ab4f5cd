package com.repaero.supplier.migration.legacy;

import java.text.Normalizer;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * One supplier of the old Oracle table FOURNISSEUR (or of its CSV export), as text, before any check. {@code line} is
 * where it starts in the source, for the report.
 */
public record LegacySupplier(int line, Map<Column, String> values) {

    /** The columns the import understands; each accepts the spellings found in the old table and its exports. */
    public enum Column {
        CODE(true, "CODE_FOUR", "CODE_FOURNISSEUR", "CODE"), LEGAL_NAME(true, "RAISON_SOCIALE", "RAISON", "NOM"), SIREN(
                true, "SIREN"), SIRET(false, "SIRET"), VAT_NUMBER(false, "TVA_INTRA", "TVA_INTRACOMMUNAUTAIRE",
                        "NUMERO_TVA", "TVA"), ADDRESS(false, "ADRESSE", "ADRESSE1", "ADRESSE_1"), ADDRESS2(false,
                                "ADRESSE2", "ADRESSE_2", "COMPLEMENT_ADRESSE",
                                "COMPLEMENT"), POSTAL_CODE(false, "CP", "CODE_POSTAL"), CITY(false, "VILLE"), COUNTRY(
                                        false, "PAYS", "CODE_PAYS"), PHONE(false, "TEL", "TELEPHONE"), EMAIL(false,
                                                "EMAIL", "E_MAIL", "MAIL",
                                                "COURRIEL"), IBAN(false, "IBAN"), BIC(false, "BIC");

        final boolean required;
        private final String legacyName;
        private final List<String> names;

        Column(boolean required, String... names) {
            this.required = required;
            this.legacyName = names[0];
            this.names = List.of(names).stream().map(Column::normalize).toList();
        }

        /** The column a header or database column name stands for: accents, case and separators ignored. */
        public static Optional<Column> named(String name) {
            String wanted = normalize(name);
            for (Column column : values()) {
                if (column.names.contains(wanted)) {
                    return Optional.of(column);
                }
            }
            return Optional.empty();
        }

        static String normalize(String name) {
            return Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                    .toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "");
        }
    }

    public LegacySupplier {
        values = values.isEmpty() ? Map.of() : new EnumMap<>(values);
    }

    /** The stripped value, null when absent or blank. */
    public String get(Column column) {
        String value = values.get(column);
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** Checks that a source has the columns the import cannot do without. */
    static void requireColumns(java.util.Collection<Column> present, String source) {
        List<String> missing = java.util.Arrays.stream(Column.values()).filter(c -> c.required)
                .filter(c -> !present.contains(c)).map(c -> c.legacyName).toList();
        if (!missing.isEmpty()) {
            throw new UnreadableSource(source + " lacks the column(s) " + missing);
        }
    }

    /** The source cannot be imported at all (missing columns, not CSV, table unreachable). */
    public static class UnreadableSource extends RuntimeException {
        public UnreadableSource(String message) {
            super(message);
        }

        public UnreadableSource(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
