package com.repaero.supplier.bank.api;

import java.time.Instant;

import com.repaero.supplier.bank.domain.BankStatement;
import com.repaero.supplier.bank.domain.BankStatementLine;

/** An imported statement with how many of its lines were matched, left unmatched or ignored (credits). */
public record BankStatementResponse(long id, String statementId, String iban, int lines, long matched,
        long unmatched, long ignored, Instant importedAt, String importedBy) {

    public static BankStatementResponse of(BankStatement statement) {
        return new BankStatementResponse(statement.id, statement.statementRef, statement.iban,
                statement.lines.size(), count(statement, BankStatementLine.Status.MATCHED),
                count(statement, BankStatementLine.Status.UNMATCHED),
                count(statement, BankStatementLine.Status.IGNORED),
                statement.importedAt, statement.importedBy);
    }

    private static long count(BankStatement statement, BankStatementLine.Status status) {
        return statement.lines.stream().filter(l -> l.status == status).count();
    }
}
