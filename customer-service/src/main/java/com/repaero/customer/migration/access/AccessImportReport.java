package com.repaero.customer.migration.access;

import java.util.ArrayList;
import java.util.List;

/**
 * What an Access import did, or would do in a dry run: per table, counts and one line per source row. The counts of a
 * section add up to its {@code read}, which is the reconciliation check of the runbook.
 */
public record AccessImportReport(boolean dryRun, Section customers, Section contacts, Section history) {

    /** What happened to one row of the source. */
    public enum Outcome {
        CREATED, UPDATED, UNCHANGED, REJECTED
    }

    /** A reason a row was rejected: the legacy column (or rule) and what is wrong with it. */
    public record Reason(String field, String message) {
    }

    /**
     * One source row: its position in its table, its old key, what happened, the id of what it became (null for
     * rows created in a dry run or rejected), which fields changed (UPDATED) and why it was rejected (REJECTED).
     * {@code kind} is CUSTOMER, CONTACT, ACTIVITY or NOTE.
     */
    public record Row(int line, String legacyKey, String kind, Outcome outcome, Long id, List<String> changedFields,
            List<Reason> reasons) {
    }

    /** The counts and rows of one table. */
    public record Section(int read, int created, int updated, int unchanged, int rejected, List<Row> rows) {

        static Section of(List<Row> rows) {
            return new Section(rows.size(), count(rows, Outcome.CREATED), count(rows, Outcome.UPDATED),
                    count(rows, Outcome.UNCHANGED), count(rows, Outcome.REJECTED), List.copyOf(rows));
        }

        private static int count(List<Row> rows, Outcome outcome) {
            return (int) rows.stream().filter(r -> r.outcome() == outcome).count();
        }
    }

    /** Collects the rows while the import runs. */
    static final class Builder {
        final List<Row> customers = new ArrayList<>();
        final List<Row> contacts = new ArrayList<>();
        final List<Row> history = new ArrayList<>();

        AccessImportReport build(boolean dryRun) {
            return new AccessImportReport(dryRun, Section.of(dryRun ? hideIds(customers) : customers),
                    Section.of(dryRun ? hideIds(contacts) : contacts), Section.of(dryRun ? hideIds(history) : history));
        }

        // A dry run is rolled back: ids of what it created do not exist.
        private static List<Row> hideIds(List<Row> rows) {
            return rows.stream().map(r -> r.outcome() == Outcome.CREATED
                    ? new Row(r.line(), r.legacyKey(), r.kind(), r.outcome(), null, r.changedFields(), r.reasons())
                    : r).toList();
        }
    }
}
