package com.repaero.supplier.bank.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.Basic;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A SEPA credit transfer file for approved bills, created once per Idempotency-Key. */
@Entity
@Table(name = "payment_batch")
public class PaymentBatch extends PanacheEntityBase {

    @Id
    @SequenceGenerator(name = "payment_batch_seq", sequenceName = "payment_batch_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "payment_batch_seq")
    public Long id;

    @Column(name = "idempotency_key", nullable = false, updatable = false)
    public String idempotencyKey;

    @Column(name = "request_hash", nullable = false, updatable = false)
    public String requestHash;

    @Column(name = "message_id")
    public String messageId;

    @Column(name = "execution_date", nullable = false)
    public LocalDate executionDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public PaymentBatchState state = PaymentBatchState.CREATED;

    @Column(name = "transaction_count", nullable = false)
    public int transactionCount;

    @Column(name = "control_sum", nullable = false, precision = 19, scale = 2)
    public BigDecimal controlSum;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(name = "pain001")
    public String pain001;

    @OneToMany(mappedBy = "batch", cascade = CascadeType.ALL)
    @OrderBy("id")
    public List<BillPayment> payments = new ArrayList<>();

    @Column(name = "sent_at")
    public Instant sentAt;

    @Column(name = "sent_by")
    public String sentBy;

    @Version
    public int version;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @Column(name = "created_by", nullable = false, updatable = false)
    public String createdBy;

    public static PaymentBatch findByIdempotencyKey(String key) {
        return find("idempotencyKey", key).firstResult();
    }
}
