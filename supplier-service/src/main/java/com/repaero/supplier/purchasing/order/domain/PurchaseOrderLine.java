package com.repaero.supplier.purchasing.order.domain;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One part ordered: quantity, unit, unit price and what has been received of it so far. */
@Entity
@Table(name = "purchase_order_line")
public class PurchaseOrderLine extends PanacheEntityBase {

    @Id
    @SequenceGenerator(name = "purchase_order_line_seq", sequenceName = "purchase_order_line_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "purchase_order_line_seq")
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "order_id", nullable = false, updatable = false)
    public PurchaseOrder order;

    @Column(name = "line_number", nullable = false)
    public int lineNumber;

    @Column(name = "part_number", nullable = false)
    public String partNumber;

    @Column(nullable = false)
    public String description;

    @Column(nullable = false, precision = 15, scale = 3)
    public BigDecimal quantity;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public UnitOfMeasure unit;

    @Column(name = "unit_price", nullable = false, precision = 19, scale = 4)
    public BigDecimal unitPrice;

    @Column(name = "line_amount", nullable = false, precision = 19, scale = 2)
    public BigDecimal lineAmount;

    @Column(name = "expected_date")
    public LocalDate expectedDate;

    @Column(name = "quantity_received", nullable = false, precision = 15, scale = 3)
    public BigDecimal quantityReceived = BigDecimal.ZERO;

    /** Of the quantity received, what passed incoming inspection (the rest is in quarantine). */
    @Column(name = "quantity_accepted", nullable = false, precision = 15, scale = 3)
    public BigDecimal quantityAccepted = BigDecimal.ZERO;

    /** What is still to be delivered (never negative: an accepted over-delivery leaves nothing to come). */
    public BigDecimal remaining() {
        return quantity.subtract(quantityReceived).max(BigDecimal.ZERO);
    }

    public boolean isFullyReceived() {
        return quantityReceived.compareTo(quantity) >= 0;
    }

    void set(LineData data) {
        partNumber = data.partNumber().strip();
        description = data.description().strip();
        quantity = data.quantity();
        unit = data.unit();
        unitPrice = data.unitPrice();
        expectedDate = data.expectedDate();
        lineAmount = Money.lineAmount(quantity, unitPrice);
    }

    /** The editable content of a line, already checked for shape at the API edge. */
    public record LineData(String partNumber, String description, BigDecimal quantity, UnitOfMeasure unit,
            BigDecimal unitPrice, LocalDate expectedDate) {
    }
}
