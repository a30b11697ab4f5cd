package com.repaero.customer.payment.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import org.hibernate.exception.ConstraintViolationException;

import com.repaero.customer.invoicing.domain.Invoice;
import com.repaero.customer.invoicing.domain.InvoiceKind;
import com.repaero.customer.invoicing.domain.InvoiceState;
import com.repaero.customer.invoicing.domain.InvoicingClock;
import com.repaero.customer.invoicing.domain.PaymentStatus;
import com.repaero.customer.payment.messaging.PaymentReceived;
import com.repaero.platform.bank.Camt053;
import com.repaero.platform.outbox.Outbox;
import com.repaero.platform.problem.ProblemException;

/**
 * Customer payments from camt.053 statements: imported once per statement Id, credit lines matched to invoices
 * ({@link PaymentMatcher}), the rest allocated by hand. Each invoice paid emits PaymentReceived.
 */
@ApplicationScoped
public class PaymentService {

    private static final List<PaymentStatus> OPEN = List.of(PaymentStatus.UNPAID, PaymentStatus.PARTLY_PAID);
    private static final String OUTSTANDING = "(grandTotal - paidAmount - creditedAmount)";

    private final Outbox outbox;
    private final InvoicingClock clock;

    public PaymentService(Outbox outbox, InvoicingClock clock) {
        this.outbox = outbox;
        this.clock = clock;
    }

    /** The statement and whether this call imported it (false: already imported, nothing done again). */
    public record Outcome(BankStatement statement, boolean imported) {
    }

    /** Money of a line a person gives to an invoice. */
    public record ManualAllocation(long invoiceId, BigDecimal amount) {
    }

    @Transactional(Transactional.TxType.MANDATORY)
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
        statement.importedAt = clock.now();
        statement.importedBy = user;
        int number = 0;
        for (Camt053.Line line : parsed.lines()) {
            StatementLine row = new StatementLine();
            row.statement = statement;
            row.lineNumber = ++number;
            row.entryReference = line.entryReference();
            row.amount = line.amount();
            row.currency = line.currency();
            row.credit = !line.debit();
            row.bookingDate = line.bookingDate();
            row.valueDate = line.valueDate();
            row.endToEndId = line.endToEndId();
            row.remittance = line.remittance() == null ? null : truncate(line.remittance(), 500);
            row.status = row.credit ? StatementLine.Status.UNMATCHED : StatementLine.Status.IGNORED;
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
        for (StatementLine row : statement.lines) {
            if (row.credit && "EUR".equals(row.currency) && row.amount.signum() > 0) {
                PaymentMatcher.match(row.amount, row.endToEndId, row.remittance, new DatabaseInvoices())
                        .ifPresent(match -> apply(row, match, user));
            }
        }
        return new Outcome(statement, true);
    }

    /**
     * A person gives an unmatched line to invoices; what is left becomes the credit of their customer (one customer
     * then).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public StatementLine allocate(long statementId, long lineId, List<ManualAllocation> allocations, String user) {
        StatementLine line = StatementLine.<StatementLine>findByIdOptional(lineId, LockModeType.PESSIMISTIC_WRITE)
                .filter(l -> l.statement.id == statementId)
                .orElseThrow(() -> new ProblemException.NotFound("Statement line", lineId));
        if (line.status != StatementLine.Status.UNMATCHED) {
            throw new ProblemException.Conflict("line-not-unmatched", "Line " + lineId + " is " + line.status
                    + ": only UNMATCHED credit lines are allocated by hand");
        }
        if (!"EUR".equals(line.currency)) {
            throw new ProblemException.RuleViolated("currency-not-eur", "Only EUR lines pay our invoices");
        }
        List<PaymentMatcher.Allocation> given = new ArrayList<>();
        Set<Long> customers = new HashSet<>();
        BigDecimal total = BigDecimal.ZERO;
        Set<Long> seen = new HashSet<>();
        for (int i = 0; i < allocations.size(); i++) {
            ManualAllocation allocation = allocations.get(i);
            String field = "allocations[" + i + "]";
            if (!seen.add(allocation.invoiceId())) {
                throw new ProblemException.InvalidInput(field + ".invoiceId", "is given twice");
            }
            Invoice invoice = Invoice.<Invoice>findByIdOptional(allocation.invoiceId(), LockModeType.PESSIMISTIC_WRITE)
                    .orElseThrow(() -> new ProblemException.InvalidInput(field + ".invoiceId", "is not an invoice"));
            if (invoice.kind != InvoiceKind.INVOICE || invoice.state != InvoiceState.ISSUED) {
                throw new ProblemException.RuleViolated("invoice-not-payable",
                        "Only issued invoices are paid; " + allocation.invoiceId() + " is not one");
            }
            if (allocation.amount().compareTo(invoice.outstanding()) > 0) {
                throw new ProblemException.RuleViolated("amount-exceeds-outstanding", "Invoice " + invoice.number
                        + " owes " + invoice.outstanding() + ", less than the " + allocation.amount() + " given");
            }
            total = total.add(allocation.amount());
            customers.add(invoice.customerId);
            given.add(new PaymentMatcher.Allocation(open(invoice), allocation.amount()));
        }
        if (total.compareTo(line.amount) > 0) {
            throw new ProblemException.RuleViolated("allocations-exceed-line",
                    "The allocations add up to " + total + ", more than the line's " + line.amount);
        }
        BigDecimal credit = line.amount.subtract(total);
        if (credit.signum() > 0 && customers.size() > 1) {
            throw new ProblemException.RuleViolated("credit-customer-ambiguous", "The " + credit
                    + " left would be a customer's credit, but the invoices are of several customers: allocate all");
        }
        apply(line, new PaymentMatcher.Match(PaymentMatcher.Rule.MANUAL, given, credit,
                given.get(0).invoice().customerId()), user);
        return line;
    }

    /**
     * Spends part of a customer's credit on one of its issued, unpaid invoices: recorded as a payment of the invoice
     * (PARTLY_PAID or PAID) and a use of the credit, with PaymentReceived. Amount null: all the credit can give, up
     * to what the invoice owes. The credit is locked first, so concurrent uses never spend it twice.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public CreditUseOutcome applyCredit(long creditId, long invoiceId, BigDecimal requested, String user) {
        CustomerCredit credit = CustomerCredit.<CustomerCredit>findByIdOptional(creditId,
                LockModeType.PESSIMISTIC_WRITE).orElseThrow(() -> new ProblemException.NotFound("Credit", creditId));
        Invoice invoice = Invoice.<Invoice>findByIdOptional(invoiceId, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> new ProblemException.InvalidInput("invoiceId", "is not an invoice"));
        if (!invoice.customerId.equals(credit.customerId)) {
            throw new ProblemException.RuleViolated("credit-customer-mismatch", "Credit " + creditId
                    + " is of customer " + credit.customerId + ", invoice " + invoiceId + " of another customer");
        }
        if (invoice.kind != InvoiceKind.INVOICE || invoice.state != InvoiceState.ISSUED) {
            throw new ProblemException.RuleViolated("invoice-not-payable",
                    "Only issued invoices are paid; " + invoiceId + " is not one");
        }
        BigDecimal outstanding = invoice.outstanding();
        if (outstanding.signum() == 0) {
            throw new ProblemException.Conflict("invoice-already-paid", "Invoice " + invoice.number
                    + " owes nothing");
        }
        if (credit.remaining.signum() == 0) {
            throw new ProblemException.Conflict("credit-used-up", "Credit " + creditId + " is spent");
        }
        BigDecimal amount = requested == null ? credit.remaining.min(outstanding) : requested;
        if (amount.compareTo(credit.remaining) > 0) {
            throw new ProblemException.RuleViolated("amount-exceeds-credit", "Credit " + creditId + " has "
                    + credit.remaining + " left, less than the " + amount + " asked");
        }
        if (amount.compareTo(outstanding) > 0) {
            throw new ProblemException.RuleViolated("amount-exceeds-outstanding", "Invoice " + invoice.number
                    + " owes " + outstanding + ", less than the " + amount + " given");
        }
        Instant now = clock.now();
        invoice.settle(amount, BigDecimal.ZERO);
        invoice.markUpdated(user, now);
        credit.remaining = credit.remaining.subtract(amount);
        CustomerCreditUse use = new CustomerCreditUse();
        use.credit = credit;
        use.invoiceId = invoice.id;
        use.invoiceNumber = invoice.number;
        use.amount = amount;
        use.appliedAt = now;
        use.appliedBy = user;
        credit.uses.add(use);
        use.persist();
        StatementLine origin = StatementLine.findById(credit.lineId);
        outbox.record("Invoice", invoice.number, "PaymentReceived", new PaymentReceived(invoice.id, invoice.number,
                invoice.customerId, "EUR", amount, invoice.paidAmount, invoice.outstanding(),
                invoice.paymentStatus.name(), origin.statement.id, origin.statement.statementRef, origin.id,
                origin.endToEndId, origin.bookingDate, PaymentMatcher.Rule.MANUAL.name(), true, user,
                PaymentReceived.CUSTOMER_CREDIT, credit.id));
        return new CreditUseOutcome(credit, use, invoice);
    }

    /** The credit after a use, the use, and the invoice it paid. */
    public record CreditUseOutcome(CustomerCredit credit, CustomerCreditUse use, Invoice invoice) {
    }

    private void apply(StatementLine line, PaymentMatcher.Match match, String user) {
        Instant now = clock.now();
        boolean manual = match.rule() == PaymentMatcher.Rule.MANUAL;
        for (PaymentMatcher.Allocation allocation : match.allocations()) {
            Invoice invoice = Invoice.findById(allocation.invoice().id());
            Invoice.getEntityManager().refresh(invoice, LockModeType.PESSIMISTIC_WRITE);
            // Re-checked under the lock: a concurrent import may have paid it meanwhile.
            BigDecimal amount = allocation.amount().min(invoice.outstanding());
            if (amount.signum() <= 0) {
                continue;
            }
            invoice.settle(amount, BigDecimal.ZERO);
            invoice.markUpdated(user, now);
            PaymentAllocation row = new PaymentAllocation();
            row.line = line;
            row.invoiceId = invoice.id;
            row.invoiceNumber = invoice.number;
            row.amount = amount;
            row.manual = manual;
            row.allocatedAt = now;
            row.allocatedBy = user;
            line.allocations.add(row);
            row.persist();
            outbox.record("Invoice", invoice.number, "PaymentReceived", new PaymentReceived(invoice.id,
                    invoice.number, invoice.customerId, "EUR", amount, invoice.paidAmount, invoice.outstanding(),
                    invoice.paymentStatus.name(), line.statement.id, line.statement.statementRef, line.id,
                    line.endToEndId, line.bookingDate, match.rule().name(), manual, user,
                    PaymentReceived.BANK_TRANSFER, null));
        }
        BigDecimal allocated = line.allocations.stream().map(a -> a.amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal credit = line.amount.subtract(allocated);
        if (credit.signum() > 0) {
            CustomerCredit row = new CustomerCredit();
            row.customerId = match.customerId();
            row.lineId = line.id;
            row.amount = credit;
            row.remaining = credit;
            row.createdAt = now;
            row.persist();
        }
        line.status = StatementLine.Status.MATCHED;
        line.matchRule = match.rule();
        line.customerId = match.customerId();
        line.creditAmount = credit;
        line.matchedAt = now;
        line.matchedBy = user;
    }

    private static PaymentMatcher.OpenInvoice open(Invoice invoice) {
        return new PaymentMatcher.OpenInvoice(invoice.id, invoice.number, invoice.customerId, invoice.outstanding(),
                invoice.dueDate);
    }

    /** The matcher's view of the invoice table. */
    private static final class DatabaseInvoices implements PaymentMatcher.Invoices {

        @Override
        public List<PaymentMatcher.OpenInvoice> byNumbers(Collection<String> numbers) {
            return Invoice.<Invoice>list("kind = ?1 and state = ?2 and number in ?3", InvoiceKind.INVOICE,
                    InvoiceState.ISSUED, numbers).stream().map(PaymentService::open).toList();
        }

        @Override
        public List<PaymentMatcher.OpenInvoice> owingExactly(BigDecimal amount) {
            return Invoice.<Invoice>list("kind = ?1 and paymentStatus in ?2 and " + OUTSTANDING + " = ?3",
                    InvoiceKind.INVOICE, OPEN, amount).stream().map(PaymentService::open).toList();
        }

        @Override
        public List<Long> customersOwingInTotal(BigDecimal amount) {
            return Invoice.getEntityManager().createQuery("select i.customerId from Invoice i where i.kind = ?1 and "
                    + "i.paymentStatus in ?2 group by i.customerId having count(i) > 1 and sum(i.grandTotal - "
                    + "i.paidAmount - i.creditedAmount) = ?3", Long.class)
                    .setParameter(1, InvoiceKind.INVOICE).setParameter(2, OPEN).setParameter(3, amount)
                    .getResultList();
        }

        @Override
        public List<PaymentMatcher.OpenInvoice> openOf(long customerId) {
            return Invoice.<Invoice>list("kind = ?1 and paymentStatus in ?2 and customerId = ?3", InvoiceKind.INVOICE,
                    OPEN, customerId).stream().map(PaymentService::open).toList();
        }
    }

    private static String truncate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }
}
