package com.repaero.supplier.purchasing.receipt.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

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
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import com.repaero.supplier.purchasing.order.domain.PurchaseOrderLine;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** What arrived of one order line: quantity, inspection result, certificate and serials or lot. */
@Entity
@Table(name = "goods_receipt_line")
public class GoodsReceiptLine extends PanacheEntityBase {

    @Id
    @SequenceGenerator(name = "goods_receipt_line_seq", sequenceName = "goods_receipt_line_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "goods_receipt_line_seq")
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "receipt_id", nullable = false, updatable = false)
    public GoodsReceipt receipt;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "order_line_id", nullable = false, updatable = false)
    public PurchaseOrderLine orderLine;

    @Column(name = "line_position", nullable = false, updatable = false)
    public int linePosition;

    @Column(nullable = false, updatable = false, precision = 15, scale = 3)
    public BigDecimal quantity;

    @Enumerated(EnumType.STRING)
    @Column(name = "inspection_result", nullable = false, updatable = false)
    public InspectionResult inspectionResult;

    @Column(name = "quarantine_reason", updatable = false)
    public String quarantineReason;

    @Enumerated(EnumType.STRING)
    @Column(name = "certificate_type", nullable = false, updatable = false)
    public CertificateType certificateType;

    /** The form tracking number of the certificate (EASA Form 1 block 3). */
    @Column(name = "certificate_reference", updatable = false)
    public String certificateReference;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "goods_receipt_serial", joinColumns = @JoinColumn(name = "receipt_line_id"))
    @OrderColumn(name = "serial_index")
    @Column(name = "serial_number", nullable = false)
    public List<String> serialNumbers = new ArrayList<>();

    @Column(name = "lot_number", updatable = false)
    public String lotNumber;

    /** End of shelf life, for parts that have one. */
    @Column(name = "expiry_date", updatable = false)
    public LocalDate expiryDate;
}
