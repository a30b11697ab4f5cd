package com.repaero.supplier.purchasing.bill.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.hibernate.exception.ConstraintViolationException;

import com.repaero.platform.outbox.Outbox;
import com.repaero.platform.problem.ProblemException;
import com.repaero.supplier.purchasing.PurchasingConfig;
import com.repaero.supplier.purchasing.bill.messaging.VendorBillMatched;
import com.repaero.supplier.purchasing.order.domain.Decimals;
import com.repaero.supplier.purchasing.order.domain.Money;
import com.repaero.supplier.purchasing.order.domain.PurchaseOrder;
import com.repaero.supplier.purchasing.order.domain.PurchaseOrderLine;
import com.repaero.supplier.purchasing.order.domain.PurchaseOrderService;
import com.repaero.supplier.purchasing.order.domain.PurchaseOrderState;
import com.repaero.supplier.supplier.domain.Supplier;

/** Enters vendor bills, matches them three ways and approves them for payment; emits VendorBillMatched. */
@ApplicationScoped
public class VendorBillService {

    private final PurchasingConfig config;
    private final Outbox outbox;

    public VendorBillService(PurchasingConfig config, Outbox outbox) {
        this.config = config;
        this.outbox = outbox;
    }

    /** A bill as checked for shape at the API edge. */
    public record BillData(long orderId, String invoiceNumber, LocalDate invoiceDate, LocalDate dueDate,
            BigDecimal vatAmount, List<LineData> lines) {
    }

    /** One billed line; {@code orderLineId} null for a charge that was not ordered. */
    public record LineData(Long orderLineId, String description, BigDecimal quantity, BigDecimal unitPrice) {
    }

    /** Who is acting: user name and whether they hold the admin role (for overrides). */
    public record Actor(String user, boolean admin) {
    }

    /** The due date the supplier's payment terms give, or a 422 when its master data has none. */
    static LocalDate dueDateFromTerms(long supplierId, LocalDate invoiceDate) {
        Supplier supplier = Supplier.findById(supplierId);
        if (supplier == null || supplier.paymentTerms == null) {
            throw new ProblemException.RuleViolated("due-date-required",
                    "Supplier " + supplierId + " has no payment terms: give the bill's dueDate");
        }
        return supplier.paymentTerms.dueDate(invoiceDate);
    }

    /** Enters the bill and matches it at once: it ends MATCHED or DISCREPANCY. */
    @Transactional
    public VendorBill enter(BillData data, Actor actor) {
        if (PurchaseOrder.findById(data.orderId()) == null) {
            throw new ProblemException.RuleViolated("unknown-order",
                    "Purchase order " + data.orderId() + " does not exist");
        }
        // Locked: matching reads what receipts and other bills did to this order.
        PurchaseOrder order = PurchaseOrderService.lockedOrder(data.orderId());
        if (order.state == PurchaseOrderState.DRAFT || order.state == PurchaseOrderState.CANCELLED) {
            throw new ProblemException.RuleViolated("order-not-billable",
                    "Purchase order %s is %s: it cannot be billed".formatted(order.orderNumber, order.state));
        }
        String key = VendorBill.invoiceNumberKey(data.invoiceNumber().strip());
        if (VendorBill.count("supplierId = ?1 and invoiceNumberKey = ?2", order.supplierId, key) > 0) {
            throw duplicate(data.invoiceNumber());
        }
        LocalDate dueDate = data.dueDate() != null
                ? data.dueDate()
                : dueDateFromTerms(order.supplierId, data.invoiceDate());
        if (dueDate.isBefore(data.invoiceDate())) {
            throw new ProblemException.RuleViolated("due-before-invoice",
                    "The due date " + dueDate + " is before the invoice date " + data.invoiceDate());
        }
        Instant now = Instant.now();
        VendorBill bill = new VendorBill();
        bill.supplierId = order.supplierId;
        bill.order = order;
        bill.invoiceNumber = data.invoiceNumber().strip();
        bill.invoiceNumberKey = key;
        bill.invoiceDate = data.invoiceDate();
        bill.dueDate = dueDate;
        for (int i = 0; i < data.lines().size(); i++) {
            bill.lines.add(line(bill, order, i + 1, data.lines().get(i)));
        }
        bill.netAmount = bill.lines.stream().map(l -> l.lineAmount).reduce(Money.ZERO, BigDecimal::add);
        bill.vatAmount = Money.cents(data.vatAmount());
        bill.totalAmount = bill.netAmount.add(bill.vatAmount);
        bill.createdAt = now;
        bill.createdBy = actor.user();
        bill.updatedAt = now;
        bill.updatedBy = actor.user();
        bill.persist();
        try {
            VendorBill.flush();
        } catch (ConstraintViolationException e) {
            // Two bills with the same invoice number entered at the same instant: the unique key decides.
            if (e.getConstraintName() != null
                    && e.getConstraintName().toUpperCase(Locale.ROOT).contains("UQ_VENDOR_BILL_INVOICE")) {
                throw duplicate(data.invoiceNumber());
            }
            throw e;
        }
        match(bill, now);
        // The match updated the new row: flushed so that the version (ETag) in the response is the stored one.
        VendorBill.flush();
        return bill;
    }

    /** Matches a bill again (e.g. after more goods were received); only from RECEIVED or DISCREPANCY. */
    @Transactional
    public VendorBill rematch(long id, int expectedVersion, Actor actor) {
        VendorBill bill = load(id, expectedVersion);
        PurchaseOrderService.lockedOrder(bill.order.id);
        Instant now = Instant.now();
        match(bill, now);
        bill.updatedAt = now;
        bill.updatedBy = actor.user();
        VendorBill.flush();
        return bill;
    }

    /**
     * Approves a MATCHED bill for payment. A bill with discrepancies needs an admin and a reason (kept on the bill);
     * otherwise 422 {@code bill-has-discrepancies}.
     */
    @Transactional
    public VendorBill approve(long id, int expectedVersion, String reason, Actor actor) {
        VendorBill bill = load(id, expectedVersion);
        if (bill.state == VendorBillState.DISCREPANCY) {
            if (!actor.admin() || reason == null || reason.isBlank()) {
                throw new ProblemException.RuleViolated("bill-has-discrepancies",
                        "Vendor bill %s has %d discrepancies: only an admin giving a reason may approve it"
                                .formatted(bill.invoiceNumber, bill.discrepancies.size()));
            }
            bill.approvalOverrideReason = reason.strip();
        }
        bill.moveTo(VendorBillState.APPROVED);
        Instant now = Instant.now();
        bill.approvedAt = now;
        bill.approvedBy = actor.user();
        bill.updatedAt = now;
        bill.updatedBy = actor.user();
        VendorBill.flush();
        return bill;
    }

    private void match(VendorBill bill, Instant now) {
        Map<Long, ThreeWayMatch.OrderedLine> ordered = new HashMap<>();
        List<ThreeWayMatch.BilledLine> billed = bill.lines.stream()
                .map(l -> new ThreeWayMatch.BilledLine(l.lineNumber,
                        l.orderLine == null
                                ? null
                                : ordered.computeIfAbsent(l.orderLine.id,
                                        lineId -> orderedLine(l.orderLine, bill.id)),
                        l.quantity, l.unitPrice))
                .toList();
        PurchasingConfig.Match tolerances = config.match();
        bill.matched(new ThreeWayMatch(new ThreeWayMatch.Tolerances(tolerances.quantityTolerancePercent(),
                tolerances.priceTolerancePercent(), tolerances.amountToleranceEur())).match(billed), now);
        if (bill.state == VendorBillState.MATCHED) {
            outbox.record("VendorBill", aggregateId(bill), "VendorBillMatched", matchedEvent(bill));
        }
    }

    private static ThreeWayMatch.OrderedLine orderedLine(PurchaseOrderLine line, long billId) {
        BigDecimal billedElsewhere = VendorBillLine.getEntityManager()
                .createQuery("select coalesce(sum(l.quantity), 0) from VendorBillLine l "
                        + "where l.orderLine.id = :line and l.bill.id <> :bill", BigDecimal.class)
                .setParameter("line", line.id)
                .setParameter("bill", billId)
                .getSingleResult();
        return new ThreeWayMatch.OrderedLine(line.id, line.unitPrice, line.quantityAccepted, billedElsewhere);
    }

    /** Bill events are keyed {@code VB-<id>}: never equal to another aggregate's key on the shared topic. */
    public static String aggregateId(VendorBill bill) {
        return "VB-" + bill.id;
    }

    private static VendorBillLine line(VendorBill bill, PurchaseOrder order, int lineNumber, LineData data) {
        VendorBillLine line = new VendorBillLine();
        line.bill = bill;
        line.lineNumber = lineNumber;
        if (data.orderLineId() != null) {
            line.orderLine = order.line(data.orderLineId())
                    .orElseThrow(() -> new ProblemException.RuleViolated("unknown-order-line",
                            "Line %d is not a line of purchase order %s".formatted(data.orderLineId(),
                                    order.orderNumber)));
        }
        line.description = data.description() == null || data.description().isBlank()
                ? (line.orderLine == null ? null : line.orderLine.description)
                : data.description().strip();
        line.quantity = data.quantity();
        line.unitPrice = data.unitPrice();
        line.lineAmount = Money.lineAmount(data.quantity(), data.unitPrice());
        return line;
    }

    private static VendorBill load(long id, int expectedVersion) {
        VendorBill bill = VendorBill.findById(id);
        if (bill == null) {
            throw new ProblemException.NotFound("Vendor bill", id);
        }
        if (bill.version != expectedVersion) {
            throw new ProblemException.StaleVersion("Vendor bill " + bill.invoiceNumber);
        }
        return bill;
    }

    private static ProblemException duplicate(String invoiceNumber) {
        return new ProblemException.Conflict("duplicate-invoice-number",
                "Invoice " + invoiceNumber.strip() + " of this supplier was already entered");
    }

    private static VendorBillMatched matchedEvent(VendorBill bill) {
        return new VendorBillMatched(bill.id, bill.supplierId, bill.invoiceNumber, bill.invoiceDate, bill.dueDate,
                bill.order.id, bill.order.orderNumber, "EUR", Decimals.amount(bill.netAmount),
                Decimals.amount(bill.vatAmount), Decimals.amount(bill.totalAmount), bill.matchedAt);
    }
}
