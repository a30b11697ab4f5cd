package com.repaero.supplier.purchasing.receipt.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import com.repaero.supplier.purchasing.order.domain.PurchaseOrder;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One delivery of goods against a purchase order, inspected line by line. Never changed once recorded. */
@Entity
@Table(name = "goods_receipt")
public class GoodsReceipt extends PanacheEntityBase {

    @Id
    @SequenceGenerator(name = "goods_receipt_seq", sequenceName = "goods_receipt_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "goods_receipt_seq")
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "order_id", nullable = false, updatable = false)
    public PurchaseOrder order;

    @Column(name = "delivery_note", updatable = false)
    public String deliveryNote;

    @OneToMany(mappedBy = "receipt", cascade = CascadeType.ALL)
    @OrderBy("linePosition")
    public List<GoodsReceiptLine> lines = new ArrayList<>();

    @Column(name = "received_at", nullable = false, updatable = false)
    public Instant receivedAt;

    @Column(name = "received_by", nullable = false, updatable = false)
    public String receivedBy;
}
