package com.repaero.supplier.purchasing.order.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import com.repaero.platform.outbox.Outbox;
import com.repaero.platform.problem.ProblemException;
import com.repaero.supplier.purchasing.order.messaging.PurchaseOrderPlaced;
import com.repaero.supplier.supplier.domain.Supplier;

/** Creates purchase orders and moves them through their states, recording events in the same transaction. */
@ApplicationScoped
public class PurchaseOrderService {

    /** Rep'Aero works in France: order years and approval days are French calendar days. */
    public static final ZoneId ZONE = ZoneId.of("Europe/Paris");

    /**
     * Events of an order are keyed by its order number: unique, stable, and never equal to another aggregate's numeric
     * id on the shared topic.
     */
    public static final String AGGREGATE = "PurchaseOrder";

    private final OrderNumbers numbers;
    private final Outbox outbox;

    public PurchaseOrderService(OrderNumbers numbers, Outbox outbox) {
        this.numbers = numbers;
        this.outbox = outbox;
    }

    /** Who is acting: user name and whether they hold the admin role (for overrides). */
    public record Actor(String user, boolean admin) {
    }

    @Transactional
    public PurchaseOrder create(long supplierId, String notes, List<PurchaseOrderLine.LineData> lines, Actor actor) {
        if (Supplier.findById(supplierId) == null) {
            throw new ProblemException.RuleViolated("unknown-supplier", "Supplier " + supplierId + " does not exist");
        }
        Instant now = Instant.now();
        PurchaseOrder order = new PurchaseOrder();
        order.orderNumber = numbers.next(LocalDate.ofInstant(now, ZONE).getYear());
        order.supplierId = supplierId;
        order.notes = notes;
        order.replaceLines(lines);
        order.createdAt = now;
        order.createdBy = actor.user();
        order.touch(actor.user(), now);
        order.persist();
        return order;
    }

    @Transactional
    public PurchaseOrder update(long id, int expectedVersion, String notes, List<PurchaseOrderLine.LineData> lines,
            Actor actor) {
        PurchaseOrder order = load(id, expectedVersion);
        order.replaceLines(lines);
        order.notes = notes;
        order.touch(actor.user(), Instant.now());
        return flushed(order);
    }

    /**
     * Sends the order. A supplier not approved today is refused (422 {@code supplier-not-approved}) unless an admin
     * gives a reason, which stays on the order.
     */
    @Transactional
    public PurchaseOrder send(long id, int expectedVersion, String overrideReason, Actor actor) {
        PurchaseOrder order = load(id, expectedVersion);
        order.moveTo(PurchaseOrderState.SENT);
        if (order.lines.isEmpty()) {
            throw new ProblemException.RuleViolated("order-without-lines",
                    "Purchase order " + order.orderNumber + " has no lines");
        }
        Instant now = Instant.now();
        Supplier supplier = Supplier.findById(order.supplierId);
        if (!supplier.isApprovedOn(LocalDate.ofInstant(now, ZONE))) {
            boolean reasonGiven = overrideReason != null && !overrideReason.isBlank();
            if (!actor.admin() || !reasonGiven) {
                throw new ProblemException.RuleViolated("supplier-not-approved",
                        "Supplier %s is %s%s: only an admin giving an override reason may send it an order".formatted(
                                supplier.legalName, supplier.approvalStatus,
                                supplier.approvedUntil == null
                                        ? ""
                                        : " (approved until " + supplier.approvedUntil + ")"));
            }
            order.overrideReason = overrideReason.strip();
            order.overrideBy = actor.user();
            order.overrideAt = now;
        }
        order.sentAt = now;
        order.sentBy = actor.user();
        order.touch(actor.user(), now);
        flushed(order);
        outbox.record(AGGREGATE, order.orderNumber, "PurchaseOrderPlaced", placed(order, supplier));
        return order;
    }

    @Transactional
    public PurchaseOrder cancel(long id, int expectedVersion, Actor actor) {
        PurchaseOrder order = load(id, expectedVersion);
        order.moveTo(PurchaseOrderState.CANCELLED);
        Instant now = Instant.now();
        order.cancelledAt = now;
        order.cancelledBy = actor.user();
        order.touch(actor.user(), now);
        return flushed(order);
    }

    @Transactional
    public PurchaseOrder close(long id, int expectedVersion, Actor actor) {
        PurchaseOrder order = load(id, expectedVersion);
        order.moveTo(PurchaseOrderState.CLOSED);
        Instant now = Instant.now();
        order.closedAt = now;
        order.closedBy = actor.user();
        order.touch(actor.user(), now);
        return flushed(order);
    }

    /** The order, locked for the rest of the transaction (receipts and bills serialise on it). */
    public static PurchaseOrder lockedOrder(long id) {
        PurchaseOrder order = PurchaseOrder.findById(id, LockModeType.PESSIMISTIC_WRITE);
        if (order == null) {
            throw new ProblemException.NotFound("Purchase order", id);
        }
        return order;
    }

    private static PurchaseOrder load(long id, int expectedVersion) {
        PurchaseOrder order = PurchaseOrder.findById(id);
        if (order == null) {
            throw new ProblemException.NotFound("Purchase order", id);
        }
        if (order.version != expectedVersion) {
            throw new ProblemException.StaleVersion("Purchase order " + order.orderNumber);
        }
        return order;
    }

    /** Flushes now, so that a concurrent change surfaces here as an optimistic lock failure (412), not at commit. */
    private static PurchaseOrder flushed(PurchaseOrder order) {
        PurchaseOrder.flush();
        return order;
    }

    private static PurchaseOrderPlaced placed(PurchaseOrder order, Supplier supplier) {
        return new PurchaseOrderPlaced(order.id, order.orderNumber, order.supplierId, supplier.legalName, "EUR",
                Decimals.amount(order.totalAmount),
                order.lines.stream().map(l -> new PurchaseOrderPlaced.Line(l.id, l.lineNumber, l.partNumber,
                        l.description, Decimals.quantity(l.quantity), l.unit.name(), Decimals.unitPrice(l.unitPrice),
                        Decimals.amount(l.lineAmount), l.expectedDate)).toList(),
                order.sentBy, order.sentAt,
                order.overrideReason == null
                        ? null
                        : new PurchaseOrderPlaced.ApprovalOverride(order.overrideBy, order.overrideAt,
                                order.overrideReason));
    }
}
