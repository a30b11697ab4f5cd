package com.repaero.customer.payment.api;

import java.time.Instant;
import java.util.List;

import com.repaero.customer.payment.domain.BankStatement;
import com.repaero.customer.payment.domain.StatementLine;

/** An imported statement: counts per status and every line. */
public record BankStatementResponse(long id, String statementId, String iban, Instant importedAt, String importedBy,
        int lineCount, long matched, long unmatched, long ignored, List<StatementLineResponse> lines) {

    static BankStatementResponse of(BankStatement s) {
        return new BankStatementResponse(s.id, s.statementRef, s.iban, s.importedAt, s.importedBy, s.lines.size(),
                count(s, StatementLine.Status.MATCHED), count(s, StatementLine.Status.UNMATCHED),
                count(s, StatementLine.Status.IGNORED), s.lines.stream().map(StatementLineResponse::of).toList());
    }

    private static long count(BankStatement s, StatementLine.Status status) {
        return s.lines.stream().filter(l -> l.status == status).count();
    }
}
