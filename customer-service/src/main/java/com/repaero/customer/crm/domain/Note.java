package com.repaero.customer.crm.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A dated remark on a customer (and possibly one of its opportunities); notes are written, never edited. */
@Entity
@Table(name = "crm_note")
public class Note extends PanacheEntityBase {

    @Id
    @SequenceGenerator(name = "crm_note_seq", sequenceName = "crm_note_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "crm_note_seq")
    public Long id;

    @Column(name = "customer_id", nullable = false)
    public Long customerId;

    @Column(name = "opportunity_id")
    public Long opportunityId;

    @Column(nullable = false)
    public String text;

    /** Key of the interaction in the MS Access history table, when imported. */
    @Column(name = "legacy_key")
    public String legacyKey;

    @Column(name = "written_at", nullable = false)
    public Instant writtenAt;

    @Column(name = "written_by", nullable = false)
    public String writtenBy;

    public static Note findByLegacyKey(String legacyKey) {
        return find("legacyKey", legacyKey).firstResult();
    }
}
