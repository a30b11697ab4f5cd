package com.repaero.supplier.migration.legacy;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the CSV export of the old supplier table: semicolon-separated, French headers, double quotes around fields
 * that contain a semicolon, a quote or a line break; UTF-8 (with or without BOM) or Windows-1252, as Excel saves it.
 */
public final class LegacyCsv {

    /** Windows-1252: what Excel on a French Windows writes when asked for "CSV (séparateur : point-virgule)". */
    public static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private LegacyCsv() {
    }

    /** Decodes with the declared charset, else UTF-8 if the bytes are valid UTF-8, else Windows-1252. */
    public static String decode(byte[] body, Charset declared) {
        if (declared != null) {
            return stripBom(new String(body, declared));
        }
        try {
            return stripBom(StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(body)).toString());
        } catch (CharacterCodingException notUtf8) {
            return new String(body, WINDOWS_1252);
        }
    }

    /** The suppliers of the file, in file order; blank lines skipped. */
    public static List<LegacySupplier> parse(String text) {
        List<Record> records = records(text);
        if (records.isEmpty()) {
            throw new LegacySupplier.UnreadableSource("The CSV is empty: expected a header line");
        }
        List<String> header = records.get(0).fields();
        List<LegacySupplier.Column> columns = new ArrayList<>();
        for (String name : header) {
            columns.add(LegacySupplier.Column.named(name).orElse(null));
        }
        LegacySupplier.requireColumns(columns, "The CSV header");
        List<LegacySupplier> suppliers = new ArrayList<>();
        for (Record record : records.subList(1, records.size())) {
            if (record.fields().stream().allMatch(String::isBlank)) {
                continue;
            }
            if (record.fields().size() > header.size()) {
                throw new LegacySupplier.UnreadableSource("Line " + record.line() + " has " + record.fields().size()
                        + " fields, the header " + header.size() + ": is the separator a semicolon?");
            }
            Map<LegacySupplier.Column, String> values = new EnumMap<>(LegacySupplier.Column.class);
            for (int i = 0; i < record.fields().size(); i++) {
                if (columns.get(i) != null) {
                    values.put(columns.get(i), record.fields().get(i));
                }
            }
            suppliers.add(new LegacySupplier(record.line(), values));
        }
        return suppliers;
    }

    private record Record(int line, List<String> fields) {
    }

    private static List<Record> records(String text) {
        List<Record> records = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        int line = 1;
        int recordLine = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    field.append(c);
                }
            } else if (c == '"' && field.toString().isBlank()) {
                field.setLength(0);
                quoted = true;
            } else if (c == ';') {
                fields.add(field.toString());
                field.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                fields.add(field.toString());
                field.setLength(0);
                records.add(new Record(recordLine, List.copyOf(fields)));
                fields.clear();
                line++;
                recordLine = line;
            } else {
                field.append(c);
            }
        }
        if (quoted) {
            throw new LegacySupplier.UnreadableSource("A quoted field starting on line " + recordLine + " never ends");
        }
        if (!field.isEmpty() || !fields.isEmpty()) {
            fields.add(field.toString());
            records.add(new Record(recordLine, List.copyOf(fields)));
        }
        return records;
    }

    private static String stripBom(String text) {
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }
}
