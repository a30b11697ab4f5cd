package com.repaero.supplier.purchasing.bill.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import com.repaero.platform.persistence.AuditedEntity;
import com.repaero.supplier.purchasing.order.domain.InvalidTransition;
import com.repaero.supplier.purchasing.order.domain.PurchaseOrder;

/** A supplier invoice for one purchase order, with the outcome of its three-way match and its approval. */
@Entity
@Table(name = "vendor_bill")
public class VendorBill extends AuditedEntity {

    @Id
    @SequenceGenerator(name = "vendor_bill_seq", sequenceName = "vendor_bill_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "vendor_bill_seq")
    public Long id;

    @Column(name = "supplier_id", nullable = false, updatable = false)
    public Long supplierId;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "order_id", nullable = false, updatable = false)
    public PurchaseOrder order;

    @Column(name = "invoice_number", nullable = false, updatable = false)
    public String invoiceNumber;

    @Column(name = "invoice_number_key", nullable = false, updatable = false)
    public String invoiceNumberKey;

    @Column(name = "invoice_date", nullable = false)
    public LocalDate invoiceDate;

    @Column(name = "due_date", nullable = false)
    public LocalDate dueDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public VendorBillState state = VendorBillState.RECEIVED;

    @OneToMany(mappedBy = "bill", cascade = CascadeType.ALL)
    @OrderBy("lineNumber")
    public List<VendorBillLine> lines = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "vendor_bill_discrepancy", joinColumns = @JoinColumn(name = "bill_id"))
    @OrderColumn(name = "discrepancy_index")
    public List<Discrepancy> discrepancies = new ArrayList<>();

    @Column(name = "net_amount", nullable = false, precision = 19, scale = 2)
    public BigDecimal netAmount;

    @Column(name = "vat_amount", nullable = false, precision = 19, scale = 2)
    public BigDecimal vatAmount;

    @Column(name = "total_amount", nullable = false, precision = 19, scale = 2)
    public BigDecimal totalAmount;

    @Column(name = "matched_at")
    public Instant matchedAt;

    @Column(name = "approved_at")
    public Instant approvedAt;

    @Column(name = "approved_by")
    public String approvedBy;

    @Column(name = "approval_override_reason")
    public String approvalOverrideReason;

    /** The key that makes "FA-2026/001" and "fa 2026 001" the same invoice of a supplier. */
    public static String invoiceNumberKey(String invoiceNumber) {
        return invoiceNumber.toUpperCase(Locale.ROOT).replaceAll("[\\s./\\-_]", "");
    }

    public void moveTo(VendorBillState target) {
        if (!state.canMoveTo(target)) {
            throw new InvalidTransition("Vendor bill " + invoiceNumber, state, target);
        }
        state = target;
    }

    /** Records a match outcome: MATCHED without discrepancies, DISCREPANCY with them. */
    public void matched(List<Discrepancy> found, Instant now) {
        moveTo(found.isEmpty() ? VendorBillState.MATCHED : VendorBillState.DISCREPANCY);
        discrepancies.clear();
        discrepancies.addAll(found);
        matchedAt = now;
    }
}
