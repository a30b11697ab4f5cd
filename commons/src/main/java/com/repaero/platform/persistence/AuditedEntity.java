package com.repaero.platform.persistence;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * Base of the aggregates users change: an optimistic-locking version (exposed as the ETag) and who created and last
 * changed it, when. Tables declare {@code version}, {@code created_at}, {@code created_by}, {@code updated_at} and
 * {@code updated_by}.
 */
@MappedSuperclass
public abstract class AuditedEntity extends PanacheEntityBase {

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

    /** Stamps a new aggregate as created (and last updated) by {@code user} at {@code now}. */
    public void markCreated(String user, Instant now) {
        createdBy = user;
        createdAt = now;
        markUpdated(user, now);
    }

    /** Stamps a change by {@code user} at {@code now}. */
    public void markUpdated(String user, Instant now) {
        updatedBy = user;
        updatedAt = now;
    }
}
