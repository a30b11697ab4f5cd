package com.repaero.customer.invoicing.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import org.hibernate.annotations.BatchSize;

import com.repaero.customer.customer.domain.CustomerCard;
import com.repaero.customer.customer.domain.PostalAddress;
import com.repaero.platform.problem.ProblemException;

/**
 * An invoice or a credit note. A draft is edited freely; issuing gives it its number, dates, the buyer's snapshot
 * and its Factur-X document, after which only its payments change (French law: an issued invoice is never edited or
 * deleted, it is corrected by a credit note).
 */
@Entity
@Table(name = "invoice")
public class Invoice extends PricedDocument<InvoiceLine> {

    @Id
    @SequenceGenerator(name = "invoice_seq", sequenceName = "invoice_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "invoice_seq")
    public Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    public InvoiceKind kind = InvoiceKind.INVOICE;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public InvoiceState state = InvoiceState.DRAFT;

    @Column(name = "invoice_number")
    public String number;

    @Column(name = "customer_id", nullable = false)
    public Long customerId;

    @Column(name = "quote_id")
    public Long quoteId;

    @Column(name = "credited_invoice_id", updatable = false)
    public Long creditedInvoiceId;

    @Column(name = "credited_invoice_number", updatable = false)
    public String creditedInvoiceNumber;

    @Column(name = "credited_invoice_date", updatable = false)
    public LocalDate creditedInvoiceDate;

    @Enumerated(EnumType.STRING)
    @Column(name = "operation_category", nullable = false)
    public OperationCategory operationCategory;

    /** Null: the customer's terms (or the default) are taken at issue. */
    @Enumerated(EnumType.STRING)
    @Column(name = "payment_terms")
    public PaymentTerms paymentTerms;

    /** The customer's order reference (BT-10/BT-13), printed and in the XML. */
    @Column(name = "buyer_reference")
    public String buyerReference;

    public String notes;

    /** Date of the delivery or of the end of the service, when not the issue date. */
    @Column(name = "delivery_date")
    public LocalDate deliveryDate;

    @OneToMany(mappedBy = "invoice", cascade = CascadeType.ALL, orphanRemoval = true)
    @BatchSize(size = 50)
    @OrderBy("lineNumber")
    public List<InvoiceLine> lines = new ArrayList<>();

    // Set at issue.
    @Column(name = "issue_date")
    public LocalDate issueDate;

    @Column(name = "due_date")
    public LocalDate dueDate;

    @Column(name = "issued_at")
    public Instant issuedAt;

    @Column(name = "issued_by")
    public String issuedBy;

    @Column(name = "vat_on_debits")
    public Boolean vatOnDebits;

    @Column(name = "buyer_name")
    public String buyerName;

    @Column(name = "buyer_siren")
    public String buyerSiren;

    @Column(name = "buyer_vat_number")
    public String buyerVatNumber;

    @Column(name = "buyer_email")
    public String buyerEmail;

    @Column(name = "billing_line1")
    public String billingLine1;

    @Column(name = "billing_line2")
    public String billingLine2;

    @Column(name = "billing_postal_code")
    public String billingPostalCode;

    @Column(name = "billing_city")
    public String billingCity;

    @Column(name = "billing_country")
    public String billingCountry;

    @Column(name = "delivery_line1")
    public String deliveryLine1;

    @Column(name = "delivery_line2")
    public String deliveryLine2;

    @Column(name = "delivery_postal_code")
    public String deliveryPostalCode;

    @Column(name = "delivery_city")
    public String deliveryCity;

    @Column(name = "delivery_country")
    public String deliveryCountry;

    // Payments (invoices only), the one thing that changes after issue.
    @Column(name = "paid_amount", nullable = false, precision = 19, scale = 2)
    public BigDecimal paidAmount = DocumentTotals.ZERO;

    @Column(name = "credited_amount", nullable = false, precision = 19, scale = 2)
    public BigDecimal creditedAmount = DocumentTotals.ZERO;

    @Enumerated(EnumType.STRING)
    @Column(name = "payment_status")
    public PaymentStatus paymentStatus;

    /** 409 {@code invoice-issued} unless the invoice is still a draft. */
    public void requireDraft(String action) {
        if (state != InvoiceState.DRAFT) {
            throw new ProblemException.Conflict("invoice-issued", "%s %s is issued: it cannot be %s (issue a credit "
                    .formatted(kind == InvoiceKind.INVOICE ? "Invoice" : "Credit note", number, action)
                    + "note to correct it)");
        }
    }

    @Override
    protected List<InvoiceLine> documentLines() {
        return lines;
    }

    @Override
    protected InvoiceLine newLine(int lineNumber) {
        InvoiceLine line = new InvoiceLine();
        line.invoice = this;
        line.lineNumber = lineNumber;
        return line;
    }

    @Override
    protected void requireEditable() {
        requireDraft("changed");
    }

    /** Copies the buyer as it is today: the issued invoice keeps it whatever the customer becomes. */
    public void snapshotBuyer(CustomerCard card) {
        buyerName = card.legalName();
        buyerSiren = card.siren();
        buyerVatNumber = card.vatNumber();
        buyerEmail = card.email();
        PostalAddress billing = card.billingAddress();
        billingLine1 = billing.line1();
        billingLine2 = billing.line2();
        billingPostalCode = billing.postalCode();
        billingCity = billing.city();
        billingCountry = billing.countryCode();
        PostalAddress delivery = card.deliveryAddress();
        if (delivery != null && !delivery.equals(billing)) {
            deliveryLine1 = delivery.line1();
            deliveryLine2 = delivery.line2();
            deliveryPostalCode = delivery.postalCode();
            deliveryCity = delivery.city();
            deliveryCountry = delivery.countryCode();
        }
    }

    public PostalAddress billingAddress() {
        return new PostalAddress(billingLine1, billingLine2, billingPostalCode, billingCity, billingCountry);
    }

    /** The delivery address when it differs from the billing address (a mandatory mention then), else null. */
    public PostalAddress deliveryAddress() {
        return deliveryLine1 == null
                ? null
                : new PostalAddress(deliveryLine1, deliveryLine2, deliveryPostalCode, deliveryCity, deliveryCountry);
    }

    /** What the customer still owes: total − payments − credit notes. */
    public BigDecimal outstanding() {
        return grandTotal.subtract(paidAmount).subtract(creditedAmount).max(BigDecimal.ZERO);
    }

    /** Records money received (or a credit note) and moves the stored payment status accordingly. */
    public void settle(BigDecimal paid, BigDecimal credited) {
        paidAmount = paidAmount.add(paid);
        creditedAmount = creditedAmount.add(credited);
        if (outstanding().signum() == 0) {
            paymentStatus = PaymentStatus.PAID;
        } else if (paidAmount.signum() > 0 || creditedAmount.signum() > 0) {
            paymentStatus = PaymentStatus.PARTLY_PAID;
        } else {
            paymentStatus = PaymentStatus.UNPAID;
        }
    }

    /** The status as shown: OVERDUE once the due date has passed without full payment. */
    public PaymentStatus paymentStatusOn(LocalDate today) {
        if (paymentStatus == null || paymentStatus == PaymentStatus.PAID) {
            return paymentStatus;
        }
        return dueDate != null && dueDate.isBefore(today) ? PaymentStatus.OVERDUE : paymentStatus;
    }
}
