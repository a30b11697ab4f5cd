package com.repaero.supplier.purchasing.order.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

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

import com.repaero.platform.persistence.AuditedEntity;
import com.repaero.platform.problem.ProblemException;

/** A purchase order to one supplier: its lines, its state and who moved it when. */
@Entity
@Table(name = "purchase_order")
public class PurchaseOrder extends AuditedEntity {

    @Id
    @SequenceGenerator(name = "purchase_order_seq", sequenceName = "purchase_order_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "purchase_order_seq")
    public Long id;

    @Column(name = "order_number", nullable = false, updatable = false)
    public String orderNumber;

    @Column(name = "supplier_id", nullable = false, updatable = false)
    public Long supplierId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public PurchaseOrderState state = PurchaseOrderState.DRAFT;

    public String notes;

    @OneToMany(mappedBy = "order", cascade = CascadeType.ALL, orphanRemoval = true)
    @BatchSize(size = 50)
    @OrderBy("lineNumber")
    public List<PurchaseOrderLine> lines = new ArrayList<>();

    @Column(name = "total_amount", nullable = false, precision = 19, scale = 2)
    public BigDecimal totalAmount = Money.ZERO;

    @Column(name = "sent_at")
    public Instant sentAt;

    @Column(name = "sent_by")
    public String sentBy;

    @Column(name = "override_reason")
    public String overrideReason;

    @Column(name = "override_by")
    public String overrideBy;

    @Column(name = "override_at")
    public Instant overrideAt;

    @Column(name = "closed_at")
    public Instant closedAt;

    @Column(name = "closed_by")
    public String closedBy;

    @Column(name = "cancelled_at")
    public Instant cancelledAt;

    @Column(name = "cancelled_by")
    public String cancelledBy;

    /**
     * Replaces the lines, only while the order is a draft. Lines are updated in place by position so that their ids
     * stay stable (and no delete/insert reordering can clash).
     */
    public void replaceLines(List<PurchaseOrderLine.LineData> data) {
        if (state != PurchaseOrderState.DRAFT) {
            throw new ProblemException.Conflict("order-not-editable",
                    "Purchase order %s is %s: its lines can be changed only in DRAFT".formatted(orderNumber, state));
        }
        for (int i = 0; i < data.size(); i++) {
            PurchaseOrderLine line;
            if (i < lines.size()) {
                line = lines.get(i);
            } else {
                line = new PurchaseOrderLine();
                line.order = this;
                line.lineNumber = i + 1;
                lines.add(line);
            }
            line.set(data.get(i));
        }
        while (lines.size() > data.size()) {
            lines.remove(lines.size() - 1);
        }
        totalAmount = lines.stream().map(l -> l.lineAmount).reduce(Money.ZERO, BigDecimal::add);
    }

    /** Moves to {@code target} or refuses with 409 {@code invalid-transition}. */
    public void moveTo(PurchaseOrderState target) {
        if (!state.canMoveTo(target)) {
            throw new InvalidTransition("Purchase order " + orderNumber, state, target);
        }
        state = target;
    }

    /** After a receipt: RECEIVED once every line is fully received, PARTLY_RECEIVED before. */
    public void updateReceiptState() {
        PurchaseOrderState target = lines.stream().allMatch(PurchaseOrderLine::isFullyReceived)
                ? PurchaseOrderState.RECEIVED
                : PurchaseOrderState.PARTLY_RECEIVED;
        if (target != state) {
            moveTo(target);
        }
    }

    public Optional<PurchaseOrderLine> line(long lineId) {
        return lines.stream().filter(l -> l.id.equals(lineId)).findFirst();
    }

    public void touch(String user, Instant now) {
        updatedAt = now;
        updatedBy = user;
    }
}
