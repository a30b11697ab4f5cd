package com.repaero.supplier.purchasing.bill.domain;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import com.repaero.supplier.purchasing.order.domain.PurchaseOrderLine;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One line of a supplier invoice, referring to the order line it bills (or to none). */
@Entity
@Table(name = "vendor_bill_line")
public class VendorBillLine extends PanacheEntityBase {

    @Id
    @SequenceGenerator(name = "vendor_bill_line_seq", sequenceName = "vendor_bill_line_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "vendor_bill_line_seq")
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "bill_id", nullable = false, updatable = false)
    public VendorBill bill;

    @Column(name = "line_number", nullable = false, updatable = false)
    public int lineNumber;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "order_line_id", updatable = false)
    public PurchaseOrderLine orderLine;

    @Column(updatable = false)
    public String description;

    @Column(nullable = false, updatable = false, precision = 15, scale = 3)
    public BigDecimal quantity;

    @Column(name = "unit_price", nullable = false, updatable = false, precision = 19, scale = 4)
    public BigDecimal unitPrice;

    @Column(name = "line_amount", nullable = false, updatable = false, precision = 19, scale = 2)
    public BigDecimal lineAmount;
}
