package com.repaero.customer.payment.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import com.repaero.customer.invoicing.domain.DocumentNumber;

/**
 * Decides which invoices a customer's transfer pays (ADR 0014), in this order:
 * <ol>
 * <li>REFERENCE: invoice numbers written in the remittance text or the EndToEndId (FA-2026-00012, "FA 2026 12"…);
 * the money goes to them, oldest due first, each up to what it still owes — a partial payment leaves the last one
 * PARTLY_PAID, and what is left over (an overpayment, or an invoice already paid) is kept as the customer's
 * credit;</li>
 * <li>AMOUNT: no number, but exactly one open invoice owes exactly this amount;</li>
 * <li>CUSTOMER_TOTAL: no number, but exactly one customer owes exactly this amount over several open invoices (a
 * grouped payment without references);</li>
 * <li>otherwise nothing: the line waits for a person to allocate it.</li>
 * </ol>
 * Pure logic over a view of the invoices, so that every rule is tested without a database.
 */
public final class PaymentMatcher {

    private PaymentMatcher() {
    }

    /** An issued invoice as matching sees it; {@code outstanding} is zero once paid. */
    public record OpenInvoice(long id, String number, long customerId, BigDecimal outstanding, LocalDate dueDate) {
    }

    /** How a line was matched. */
    public enum Rule {
        REFERENCE, AMOUNT, CUSTOMER_TOTAL, MANUAL
    }

    /** Money given to one invoice. */
    public record Allocation(OpenInvoice invoice, BigDecimal amount) {
    }

    /** The allocations of a line and what is left of it as the customer's credit. */
    public record Match(Rule rule, List<Allocation> allocations, BigDecimal credit, long customerId) {
    }

    /** The invoices matching may look at. */
    public interface Invoices {
        /** Issued invoices with these numbers, paid or not. */
        List<OpenInvoice> byNumbers(Collection<String> numbers);

        /** Open invoices that owe exactly {@code amount}. */
        List<OpenInvoice> owingExactly(BigDecimal amount);

        /** Customers whose open invoices (two or more) owe exactly {@code amount} together. */
        List<Long> customersOwingInTotal(BigDecimal amount);

        /** The open invoices of a customer. */
        List<OpenInvoice> openOf(long customerId);
    }

    public static Optional<Match> match(BigDecimal amount, String endToEndId, String remittance, Invoices invoices) {
        Set<String> numbers = new LinkedHashSet<>(DocumentNumber.invoiceNumbersIn(remittance));
        numbers.addAll(DocumentNumber.invoiceNumbersIn(endToEndId));
        if (!numbers.isEmpty()) {
            List<OpenInvoice> referenced = invoices.byNumbers(numbers);
            if (!referenced.isEmpty()) {
                return Optional.of(allocate(Rule.REFERENCE, amount, referenced));
            }
        }
        List<OpenInvoice> exact = invoices.owingExactly(amount);
        if (exact.size() == 1) {
            return Optional.of(allocate(Rule.AMOUNT, amount, exact));
        }
        if (exact.isEmpty()) {
            List<Long> customers = invoices.customersOwingInTotal(amount);
            if (customers.size() == 1) {
                return Optional.of(allocate(Rule.CUSTOMER_TOTAL, amount, invoices.openOf(customers.get(0))));
            }
        }
        return Optional.empty();
    }

    /**
     * Spreads {@code amount} over the invoices, oldest due date first, each up to what it owes; the rest is the
     * credit of the first invoice's customer.
     */
    public static Match allocate(Rule rule, BigDecimal amount, List<OpenInvoice> invoices) {
        List<OpenInvoice> ordered = invoices.stream()
                .sorted(Comparator.comparing(OpenInvoice::dueDate).thenComparing(OpenInvoice::number)).toList();
        List<Allocation> allocations = new ArrayList<>();
        BigDecimal left = amount;
        for (OpenInvoice invoice : ordered) {
            if (left.signum() <= 0) {
                break;
            }
            BigDecimal paid = left.min(invoice.outstanding());
            if (paid.signum() > 0) {
                allocations.add(new Allocation(invoice, paid));
                left = left.subtract(paid);
            }
        }
        return new Match(rule, List.copyOf(allocations), left, ordered.get(0).customerId());
    }
}
