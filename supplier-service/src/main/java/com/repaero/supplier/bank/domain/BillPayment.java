package com.repaero.supplier.bank.domain;

import java.math.BigDecimal;

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

/** The transfer of one bill in a batch, found again on bank statements by its EndToEndId. */
@Entity
@Table(name = "bill_payment")
public class BillPayment extends PanacheEntityBase {

    @Id
    @SequenceGenerator(name = "bill_payment_seq", sequenceName = "bill_payment_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "bill_payment_seq")
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "batch_id", nullable = false, updatable = false)
    public PaymentBatch batch;

    @Column(name = "bill_id", nullable = false, updatable = false)
    public Long billId;

    @Column(name = "supplier_id", nullable = false, updatable = false)
    public Long supplierId;

    @Column(name = "end_to_end_id", nullable = false, updatable = false)
    public String endToEndId;

    @Column(nullable = false, precision = 19, scale = 2)
    public BigDecimal amount;

    @Column(name = "paid_amount", nullable = false, precision = 19, scale = 2)
    public BigDecimal paidAmount = BigDecimal.ZERO.setScale(2);

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public BillPaymentState state = BillPaymentState.PENDING;

    @Column(name = "creditor_iban", nullable = false)
    public String creditorIban;

    @Column(nullable = false)
    public String remittance;

    public static BillPayment findByBill(long billId) {
        return find("billId", billId).firstResult();
    }
}
