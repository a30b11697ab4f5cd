package com.repaero.supplier.bank.api;

import java.math.BigDecimal;
import java.time.LocalDate;

import com.repaero.supplier.bank.domain.BankStatementLine;

/** One statement line as the API shows it. */
public record StatementLineResponse(long id, int lineNumber, String entryReference, BigDecimal amount, String currency,
        String direction, LocalDate bookingDate, LocalDate valueDate, String endToEndId, String remittance,
        String status, Long billId, String matchedBy) {

    public static StatementLineResponse of(BankStatementLine line) {
        return new StatementLineResponse(line.id, line.lineNumber, line.entryReference, line.amount, line.currency,
                line.debit ? "DBIT" : "CRDT", line.bookingDate, line.valueDate, line.endToEndId, line.remittance,
                line.status.name(), line.billId, line.matchedBy);
    }
}
