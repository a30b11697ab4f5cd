package com.repaero.supplier.migration.legacy;

import java.util.List;

/** What an import did, or would do in a dry run: counts, and one line per source row. */
public record MigrationReport(
        boolean dryRun,
        int read,
        int created,
        int updated,
        int unchanged,
        int rejected,
        List<Row> rows) {

    /** What happened to one row of the source. */
    public enum Outcome {
        CREATED, UPDATED, UNCHANGED, REJECTED
    }

    /** A reason a row was rejected: the field (or rule) and what is wrong with it. */
    public record Reason(String field, String message) {
    }

    /**
     * One source row: where it was, its legacy code, what happened, the supplier it became, which fields changed (for
     * UPDATED) and why it was rejected (for REJECTED).
     */
    public record Row(int line, String legacyCode, Outcome outcome, Long supplierId, List<String> changedFields,
            List<Reason> reasons) {
    }

    static MigrationReport of(boolean dryRun, List<Row> rows) {
        return new MigrationReport(dryRun, rows.size(), count(rows, Outcome.CREATED), count(rows, Outcome.UPDATED),
                count(rows, Outcome.UNCHANGED), count(rows, Outcome.REJECTED), List.copyOf(rows));
    }

    private static int count(List<Row> rows, Outcome outcome) {
        return (int) rows.stream().filter(r -> r.outcome() == outcome).count();
    }
}
