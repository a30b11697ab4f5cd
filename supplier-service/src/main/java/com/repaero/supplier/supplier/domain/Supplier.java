package com.repaero.supplier.supplier.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
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

    public static Supplier findBySiren(String siren) {
        return find("siren", siren).firstResult();
    }
}
