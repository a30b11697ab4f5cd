package com.repaero.supplier.bank.domain;

import java.time.Instant;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import org.hibernate.exception.ConstraintViolationException;

import com.repaero.platform.bank.Camt053;
import com.repaero.platform.outbox.Outbox;
import com.repaero.platform.problem.ProblemException;
import com.repaero.supplier.bank.messaging.PaymentReconciled;
import com.repaero.supplier.purchasing.bill.domain.VendorBill;
import com.repaero.supplier.purchasing.bill.domain.VendorBillState;

/**
 * Imports camt.053 statements once per statement Id and reconciles their debit lines with our transfers on the
 * EndToEndId; what cannot be matched is listed for a person to match by hand. Emits PaymentReconciled.
 */
@ApplicationScoped
public class BankStatementService {

    private final Outbox outbox;

    public BankStatementService(Outbox outbox) {
        this.outbox = outbox;
    }

    /** The statement and whether this call imported it (false: already imported, nothing done again). */
    public record Outcome(BankStatement statement, boolean imported) {
    }

    @Transactional
    public Outcome importStatement(String xml, String user) {
        Camt053.Statement parsed;
        try {
            parsed = Camt053.parse(xml);
        } catch (Camt053.Unreadable e) {
            throw new ProblemException.RuleViolated("unreadable-statement", e.getMessage());
        }
        BankStatement existing = BankStatement.findByRef(parsed.id());
        if (existing != null) {
            return new Outcome(existing, false);
        }
        BankStatement statement = new BankStatement();
        statement.statementRef = parsed.id();
        statement.iban = parsed.iban();
        statement.importedAt = Instant.now();
        statement.importedBy = user;
        int number = 0;
        for (Camt053.Line line : parsed.lines()) {
            BankStatementLine row = new BankStatementLine();
            row.statement = statement;
            row.lineNumber = ++number;
            row.entryReference = line.entryReference();
            row.amount = line.amount();
            row.currency = line.currency();
            row.debit = line.debit();
            row.bookingDate = line.bookingDate();
            row.valueDate = line.valueDate();
            row.endToEndId = line.endToEndId();
            row.remittance = line.remittance() == null ? null : truncate(line.remittance(), 500);
            row.status = line.debit() ? BankStatementLine.Status.UNMATCHED : BankStatementLine.Status.IGNORED;
            statement.lines.add(row);
        }
        try {
            statement.persistAndFlush();
        } catch (ConstraintViolationException e) {
            if (e.getConstraintName() != null
                    && e.getConstraintName().toUpperCase(Locale.ROOT).contains("UQ_BANK_STATEMENT_REF")) {
                throw new ProblemException.Conflict("statement-import-in-progress",
                        "Statement " + parsed.id() + " is being imported by another request; retry");
            }
            throw e;
        }
        for (BankStatementLine row : statement.lines) {
            if (row.debit && row.endToEndId != null && "EUR".equals(row.currency)) {
                BillPayment payment = BillPayment.find("endToEndId", row.endToEndId).firstResult();
                if (payment != null && payment.state != BillPaymentState.PAID) {
                    tryReconcile(row, payment, user);
                }
            }
        }
        return new Outcome(statement, true);
    }

    /** Matches an unmatched line by hand with a bill whose transfer it settles. */
    @Transactional
    public BankStatementLine match(long statementId, long lineId, long billId, String user) {
        BankStatementLine line = BankStatementLine.<BankStatementLine>findByIdOptional(lineId,
                LockModeType.PESSIMISTIC_WRITE)
                .filter(l -> l.statement.id == statementId)
                .orElseThrow(() -> new ProblemException.NotFound("Statement line", lineId));
        if (line.status != BankStatementLine.Status.UNMATCHED) {
            throw new ProblemException.Conflict("line-not-unmatched",
                    "Line " + lineId + " is " + line.status + ": only UNMATCHED debit lines are matched by hand");
        }
        if (!"EUR".equals(line.currency)) {
            throw new ProblemException.RuleViolated("currency-not-eur", "Only EUR lines pay our SEPA transfers");
        }
        BillPayment payment = BillPayment.findByBill(billId);
        if (payment == null) {
            throw new ProblemException.RuleViolated("bill-not-in-payment",
                    "Vendor bill " + billId + " is in no payment batch");
        }
        if (payment.state == BillPaymentState.PAID) {
            throw new ProblemException.Conflict("bill-already-paid", "Vendor bill " + billId + " is already paid");
        }
        line.matchedBy = user;
        if (!tryReconcile(line, payment, user)) {
            throw new ProblemException.RuleViolated("amount-exceeds-remaining", "The line's " + line.amount
                    + " is more than the " + payment.amount.subtract(payment.paidAmount)
                    + " that remains to be paid on bill " + billId);
        }
        return line;
    }

    private boolean tryReconcile(BankStatementLine line, BillPayment payment, String user) {
        Settlement settlement;
        try {
            settlement = Settlement.of(payment.amount, payment.paidAmount, line.amount);
        } catch (IllegalArgumentException e) {
            return false; // more than what remains: left UNMATCHED for a person
        }
        VendorBill bill = VendorBill.findById(payment.billId, LockModeType.PESSIMISTIC_WRITE);
        if (bill.state == VendorBillState.APPROVED) {
            // The file was uploaded to the bank by hand (downloaded pain.001), not through /send.
            bill.moveTo(VendorBillState.IN_PAYMENT);
        }
        bill.moveTo(settlement.state() == BillPaymentState.PAID ? VendorBillState.PAID : VendorBillState.PARTLY_PAID);
        bill.updatedAt = Instant.now();
        bill.updatedBy = user;
        payment.paidAmount = settlement.paid();
        payment.state = settlement.state();
        line.status = BankStatementLine.Status.MATCHED;
        line.billId = bill.id;
        outbox.record("VendorBill", "VB-" + bill.id, "PaymentReconciled", new PaymentReconciled(bill.id,
                bill.supplierId, payment.endToEndId, line.statement.id, line.statement.statementRef, line.id, "EUR",
                line.amount, settlement.paid(), settlement.remaining(), bill.state.name(), line.bookingDate,
                line.matchedBy != null, user));
        return true;
    }

    private static String truncate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }
}
