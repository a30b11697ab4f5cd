package com.repaero.supplier.supplier.domain;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A company Rep'Aero buys parts and services from. */
@Entity
@Table(name = "supplier")
public class Supplier extends PanacheEntityBase {

    @Id
    @SequenceGenerator(name = "supplier_seq", sequenceName = "supplier_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "supplier_seq")
    public Long id;

    @Column(name = "legal_name", nullable = false)
    public String legalName;

    @Column(nullable = false, updatable = false)
    public String siren;

    @Column(name = "vat_number")
    public String vatNumber;

    public String email;

    @Enumerated(EnumType.STRING)
    @Column(name = "approval_status", nullable = false)
    public ApprovalStatus approvalStatus = ApprovalStatus.NOT_APPROVED;

    /** What the supplier is approved for, e.g. "Rotables ATA 32, EASA Form 1". */
    @Column(name = "approval_scope")
    public String approvalScope;

    @Column(name = "approved_until")
    public LocalDate approvedUntil;

    @Version
    public int version;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @Column(name = "created_by", nullable = false, updatable = false)
    public String createdBy;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Column(name = "updated_by", nullable = false)
    public String updatedBy;

    /** Orders may go to a supplier only while it is approved and its approval has not expired. */
    public boolean isApprovedOn(LocalDate day) {
        return approvalStatus == ApprovalStatus.APPROVED && approvedUntil != null && !day.isAfter(approvedUntil);
    }

    public static Supplier findBySiren(String siren) {
        return find("siren", siren).firstResult();
    }
}
