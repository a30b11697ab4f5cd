package com.repaero.supplier.supplier.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One decision on a supplier's approval: the audit trail a Part-145 auditor asks for. Never updated. */
@Entity
@Table(name = "supplier_approval_history")
public class SupplierApprovalChange extends PanacheEntityBase {

    @Id
    @SequenceGenerator(name = "supplier_approval_history_seq", sequenceName = "supplier_approval_history_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "supplier_approval_history_seq")
    public Long id;

    @Column(name = "supplier_id", nullable = false, updatable = false)
    public long supplierId;

    @Column(name = "changed_at", nullable = false, updatable = false)
    public Instant changedAt;

    @Column(name = "changed_by", nullable = false, updatable = false)
    public String changedBy;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status", nullable = false, updatable = false)
    public ApprovalStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", nullable = false, updatable = false)
    public ApprovalStatus toStatus;

    @Column(updatable = false)
    public String scope;

    @Column(name = "approved_until", updatable = false)
    public LocalDate approvedUntil;

    @Column(nullable = false, updatable = false)
    public String reason;

    /** The history of a supplier, newest first. */
    public static List<SupplierApprovalChange> ofSupplier(long supplierId) {
        return list("supplierId = ?1 order by changedAt desc, id desc", supplierId);
    }
}
