package com.repaero.supplier.purchasing.bill.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.repaero.supplier.purchasing.order.domain.Money;

/**
 * Matches a bill against its order (prices) and receipts (quantities accepted at inspection), within tolerances. Pure
 * logic: the service gives it the figures.
 */
public final class ThreeWayMatch {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final Tolerances tolerances;

    public ThreeWayMatch(Tolerances tolerances) {
        this.tolerances = tolerances;
    }

    /** Percentages of quantity and price, and an absolute EUR amount on the net total. */
    public record Tolerances(BigDecimal quantityPercent, BigDecimal pricePercent, BigDecimal amountEur) {
    }

    /**
     * What the order and receipts say about an order line: ordered unit price, quantity accepted at inspection, and
     * quantity already billed by other bills.
     */
    public record OrderedLine(long orderLineId, BigDecimal unitPrice, BigDecimal quantityAccepted,
            BigDecimal quantityBilledElsewhere) {
    }

    /** A bill line; {@code ordered} is null when it refers to no order line. */
    public record BilledLine(int lineNumber, OrderedLine ordered, BigDecimal quantity, BigDecimal unitPrice) {
    }

    /** @return the discrepancies, empty when the bill matches */
    public List<Discrepancy> match(List<BilledLine> lines) {
        List<Discrepancy> found = new ArrayList<>();
        Map<Long, BigDecimal> billedSoFar = new HashMap<>();
        BigDecimal expectedNet = BigDecimal.ZERO;
        BigDecimal actualNet = BigDecimal.ZERO;
        for (BilledLine line : lines) {
            OrderedLine ordered = line.ordered();
            if (ordered == null) {
                found.add(new Discrepancy(line.lineNumber(), DiscrepancyKind.LINE_NOT_ORDERED, null,
                        Money.lineAmount(line.quantity(), line.unitPrice())));
                continue;
            }
            // Several bill lines may bill one order line: they are checked together, cumulatively.
            BigDecimal billed = billedSoFar.merge(ordered.orderLineId(), line.quantity(), BigDecimal::add);
            BigDecimal available = ordered.quantityAccepted().subtract(ordered.quantityBilledElsewhere())
                    .max(BigDecimal.ZERO);
            BigDecimal billedBefore = billed.subtract(line.quantity());
            if (billed.compareTo(plusPercent(available, tolerances.quantityPercent())) > 0) {
                found.add(new Discrepancy(line.lineNumber(), DiscrepancyKind.QUANTITY_BILLED_NOT_RECEIVED,
                        available.subtract(billedBefore).max(BigDecimal.ZERO), line.quantity()));
            }
            BigDecimal priceGap = line.unitPrice().subtract(ordered.unitPrice()).abs();
            if (priceGap.compareTo(percentOf(ordered.unitPrice(), tolerances.pricePercent())) > 0) {
                found.add(new Discrepancy(line.lineNumber(), DiscrepancyKind.PRICE_DIFFERENT, ordered.unitPrice(),
                        line.unitPrice()));
            }
            expectedNet = expectedNet.add(Money.lineAmount(line.quantity(), ordered.unitPrice()));
            actualNet = actualNet.add(Money.lineAmount(line.quantity(), line.unitPrice()));
        }
        if (actualNet.subtract(expectedNet).abs().compareTo(tolerances.amountEur()) > 0) {
            found.add(new Discrepancy(null, DiscrepancyKind.AMOUNT_DIFFERENT, expectedNet, actualNet));
        }
        return found;
    }

    private static BigDecimal plusPercent(BigDecimal value, BigDecimal percent) {
        return value.add(percentOf(value, percent));
    }

    private static BigDecimal percentOf(BigDecimal value, BigDecimal percent) {
        return value.multiply(percent).divide(HUNDRED, 6, RoundingMode.HALF_UP);
    }
}
