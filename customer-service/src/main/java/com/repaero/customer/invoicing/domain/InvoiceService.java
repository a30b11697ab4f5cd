package com.repaero.customer.invoicing.domain;

import java.math.BigDecimal;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import com.repaero.customer.customer.domain.CustomerCard;
import com.repaero.customer.customer.domain.CustomerDirectory;
import com.repaero.customer.invoicing.InvoicingConfig;
import com.repaero.customer.invoicing.messaging.InvoiceIssued;
import com.repaero.platform.outbox.Outbox;
import com.repaero.platform.problem.ProblemException;

/**
 * Invoice and credit-note drafts, and their issue: gap-free number, dates, buyer snapshot, Factur-X document and
 * InvoiceIssued, all in one transaction.
 */
@ApplicationScoped
public class InvoiceService {

    private final CustomerDirectory customers;
    private final DocumentNumbers numbers;
    private final InvoiceDocuments documents;
    private final InvoicingClock clock;
    private final InvoicingConfig config;
    private final Outbox outbox;

    public InvoiceService(CustomerDirectory customers, DocumentNumbers numbers, InvoiceDocuments documents,
            InvoicingClock clock, InvoicingConfig config, Outbox outbox) {
        this.customers = customers;
        this.numbers = numbers;
        this.documents = documents;
        this.clock = clock;
        this.config = config;
        this.outbox = outbox;
    }

    /** What a draft holds besides its lines. */
    public record DraftData(long customerId, OperationCategory operationCategory, PaymentTerms paymentTerms,
            BigDecimal discountPercent, String buyerReference, LocalDate deliveryDate, String notes) {
    }

    /** A line of an issued invoice to credit, and how much of it. */
    public record CreditedLine(int lineNumber, BigDecimal quantity) {
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public Invoice createDraft(DraftData data, List<LineInput> lines, Long quoteId, String user) {
        CustomerCard card = requireCustomer(data.customerId());
        LineRules.check(lines);
        Invoice invoice = new Invoice();
        invoice.customerId = data.customerId();
        // Until the snapshot taken at issue, a draft shows the customer's current name (lists, the console).
        invoice.buyerName = card.legalName();
        invoice.quoteId = quoteId;
        apply(invoice, data, lines);
        invoice.markCreated(user, clock.now());
        invoice.persist();
        return invoice;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public Invoice update(long id, int version, DraftData data, List<LineInput> lines, String user) {
        Invoice invoice = find(id);
        invoice.requireDraft("changed");
        if (invoice.version != version) {
            throw new ProblemException.StaleVersion("The invoice");
        }
        if (invoice.kind == InvoiceKind.CREDIT_NOTE) {
            throw new ProblemException.Conflict("credit-note-lines-fixed",
                    "A credit note's lines come from the invoice it credits: delete the draft and create another");
        }
        if (data.customerId() != invoice.customerId) {
            invoice.buyerName = requireCustomer(data.customerId()).legalName();
            invoice.customerId = data.customerId();
        }
        LineRules.check(lines);
        apply(invoice, data, lines);
        invoice.markUpdated(user, clock.now());
        return invoice;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void delete(long id) {
        Invoice invoice = find(id);
        invoice.requireDraft("deleted");
        invoice.delete();
    }

    /**
     * A credit-note draft for an issued invoice: every line in full when {@code lines} is empty, else the given
     * quantities of the given lines (same prices, rates and discounts).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Invoice createCreditNote(long invoiceId, List<CreditedLine> lines, String notes, String user) {
        Invoice invoice = find(invoiceId);
        if (invoice.kind != InvoiceKind.INVOICE || invoice.state != InvoiceState.ISSUED) {
            throw new ProblemException.Conflict("invoice-not-creditable",
                    "Only an issued invoice can be credited; " + describe(invoice) + " is not one");
        }
        Map<Integer, InvoiceLine> byNumber = invoice.lines.stream()
                .collect(Collectors.toMap(l -> l.lineNumber, Function.identity()));
        List<LineInput> inputs = new ArrayList<>();
        List<Integer> sources = new ArrayList<>();
        if (lines == null || lines.isEmpty()) {
            invoice.lines.forEach(l -> {
                inputs.add(l.input());
                sources.add(l.lineNumber);
            });
        } else {
            for (int i = 0; i < lines.size(); i++) {
                CreditedLine credited = lines.get(i);
                InvoiceLine source = byNumber.get(credited.lineNumber());
                if (source == null) {
                    throw new ProblemException.InvalidInput("lines[" + i + "].lineNumber",
                            "is not a line of invoice " + invoice.number);
                }
                if (credited.quantity().compareTo(source.quantity) > 0) {
                    throw new ProblemException.InvalidInput("lines[" + i + "].quantity",
                            "must be at most the invoiced quantity " + source.quantity.stripTrailingZeros()
                                    .toPlainString());
                }
                LineInput input = source.input();
                inputs.add(new LineInput(input.description(), input.partNumber(), credited.quantity(),
                        input.unitPrice(), input.vatRate(), input.vatExemptionReason(), input.discountPercent()));
                sources.add(source.lineNumber);
            }
        }
        Invoice note = new Invoice();
        note.kind = InvoiceKind.CREDIT_NOTE;
        note.customerId = invoice.customerId;
        note.buyerName = invoice.buyerName;
        note.creditedInvoiceId = invoice.id;
        note.creditedInvoiceNumber = invoice.number;
        note.creditedInvoiceDate = invoice.issueDate;
        note.operationCategory = invoice.operationCategory;
        note.paymentTerms = PaymentTerms.ON_RECEIPT;
        note.notes = notes;
        note.replaceLines(inputs, invoice.discountPercent);
        for (int i = 0; i < note.lines.size(); i++) {
            note.lines.get(i).creditedLineNumber = sources.get(i);
        }
        requireCreditable(invoice, note);
        note.markCreated(user, clock.now());
        note.persist();
        return note;
    }

    /**
     * Issues a draft: buyer snapshot, issue and due dates, the next number of its series (the counter row stays
     * locked until commit), Factur-X document, InvoiceIssued. A credit note reduces what its invoice still owes.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Invoice issue(long id, String user) {
        Invoice invoice = Invoice.<Invoice>findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> new ProblemException.NotFound("Invoice", id));
        invoice.requireDraft("issued again");
        Invoice credited = null;
        if (invoice.kind == InvoiceKind.CREDIT_NOTE) {
            credited = Invoice.findById(invoice.creditedInvoiceId, LockModeType.PESSIMISTIC_WRITE);
            requireCreditable(credited, invoice);
        }
        CustomerCard card = customers.find(invoice.customerId)
                .orElseThrow(() -> new ProblemException.RuleViolated("customer-not-found",
                        "Customer " + invoice.customerId + " no longer exists"));
        requireInvoiceable(card);
        PaymentTerms terms = invoice.paymentTerms != null
                ? invoice.paymentTerms
                : PaymentTerms.fromCode(card.paymentTermsCode())
                        .orElseGet(() -> PaymentTerms.valueOf(config.defaultPaymentTerms()));
        invoice.snapshotBuyer(card);
        invoice.paymentTerms = terms;
        invoice.vatOnDebits = config.seller().vatOnDebits();
        // The number is taken last, and the dates after it: the counter row stays locked until commit, so numbers
        // and issue dates go up together (chronological numbering) even when issues wait for each other.
        int year = clock.today().getYear();
        invoice.number = numbers.next(invoice.kind.series(), year);
        LocalDate today = clock.today();
        if (today.getYear() != year) {
            throw new ProblemException.Conflict("year-changed", "The year changed while issuing; issue again");
        }
        invoice.issueDate = today;
        invoice.dueDate = terms.dueDate(today);
        invoice.issuedAt = clock.now();
        invoice.issuedBy = user;
        invoice.markUpdated(user, invoice.issuedAt);
        invoice.state = InvoiceState.ISSUED;
        if (invoice.kind == InvoiceKind.INVOICE) {
            invoice.settle(BigDecimal.ZERO, BigDecimal.ZERO);
        } else {
            credited.settle(BigDecimal.ZERO, invoice.grandTotal);
        }
        InvoiceDocuments.Rendered rendered = documents.render(invoice);
        InvoiceDocument document = new InvoiceDocument();
        document.invoiceId = invoice.id;
        document.pdf = rendered.pdf();
        document.xml = rendered.xml();
        document.pdfSha256 = sha256(rendered.pdf());
        document.createdAt = invoice.issuedAt;
        document.persist();
        outbox.record("Invoice", invoice.number, "InvoiceIssued", new InvoiceIssued(invoice.id, invoice.number,
                invoice.kind.name(), invoice.customerId, invoice.buyerName, invoice.buyerSiren, invoice.issueDate,
                invoice.dueDate, invoice.operationCategory.name(), "EUR", invoice.taxBasis, invoice.vatTotal,
                invoice.grandTotal, invoice.creditedInvoiceNumber, user));
        return invoice;
    }

    public static Invoice find(long id) {
        return Invoice.<Invoice>findByIdOptional(id).orElseThrow(() -> new ProblemException.NotFound("Invoice", id));
    }

    private void apply(Invoice invoice, DraftData data, List<LineInput> lines) {
        invoice.operationCategory = data.operationCategory() != null
                ? data.operationCategory()
                : OperationCategory.inferredFrom(lines);
        invoice.paymentTerms = data.paymentTerms();
        invoice.buyerReference = data.buyerReference();
        invoice.deliveryDate = data.deliveryDate();
        invoice.notes = data.notes();
        invoice.replaceLines(lines, data.discountPercent());
    }

    private CustomerCard requireCustomer(long customerId) {
        return customers.find(customerId)
                .orElseThrow(() -> new ProblemException.InvalidInput("customerId", "is not a known customer"));
    }

    /** The e-invoicing mentions need the buyer's identity: SIREN for a French company, a billing address. */
    private static void requireInvoiceable(CustomerCard card) {
        if (card.billingAddress() == null || card.billingAddress().line1() == null) {
            throw new ProblemException.RuleViolated("buyer-address-missing",
                    "Customer " + card.id() + " has no billing address: complete it before issuing");
        }
        if ("FR".equals(card.billingAddress().countryCode()) && (card.siren() == null || card.siren().isBlank())) {
            throw new ProblemException.RuleViolated("buyer-siren-missing",
                    "Customer " + card.id() + " has no SIREN, mandatory on invoices to French companies");
        }
    }

    private static void requireCreditable(Invoice invoice, Invoice note) {
        BigDecimal alreadyCredited = Invoice.<Invoice>list("creditedInvoiceId = ?1 and state = ?2", invoice.id,
                InvoiceState.ISSUED).stream().map(n -> n.grandTotal).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal creditable = invoice.grandTotal.subtract(alreadyCredited);
        if (note.grandTotal.compareTo(creditable) > 0) {
            throw new ProblemException.RuleViolated("credit-exceeds-invoice", "The credit note's " + note.grandTotal
                    + " EUR is more than the " + creditable + " EUR of invoice " + invoice.number
                    + " not yet credited");
        }
    }

    private static String describe(Invoice invoice) {
        return invoice.number != null ? invoice.number : "draft " + invoice.id;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
