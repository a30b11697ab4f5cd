package com.repaero.customer.crm.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import org.hibernate.type.NumericBooleanConverter;

import com.repaero.platform.persistence.AuditedEntity;

/** A call, e-mail, meeting or task to do (or done) about a customer and/or an opportunity. */
@Entity
@Table(name = "crm_activity")
public class Activity extends AuditedEntity {

    @Id
    @SequenceGenerator(name = "crm_activity_seq", sequenceName = "crm_activity_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "crm_activity_seq")
    public Long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "activity_type", nullable = false)
    public ActivityType type;

    @Column(nullable = false)
    public String subject;

    public String details;

    @Column(name = "due_at")
    public Instant dueAt;

    /** User name of who must do it; null while unassigned. */
    public String owner;

    @Column(nullable = false)
    @Convert(converter = NumericBooleanConverter.class)
    public boolean done;

    @Column(name = "done_at")
    public Instant doneAt;

    /** Closed without taking place (a cancelled booking): done too, so it leaves the to-do lists. */
    @Column(nullable = false)
    @Convert(converter = NumericBooleanConverter.class)
    public boolean cancelled;

    /** The booking whose meeting this is, when a public booking created it. */
    @Column(name = "booking_reference")
    public String bookingReference;

    @Column(name = "customer_id")
    public Long customerId;

    @Column(name = "opportunity_id")
    public Long opportunityId;

    /** Key of the interaction in the MS Access history table, when imported. */
    @Column(name = "legacy_key")
    public String legacyKey;

    public boolean isOverdue(Instant now) {
        return !done && dueAt != null && dueAt.isBefore(now);
    }

    public static Activity findBookingMeeting(String bookingReference) {
        return find("bookingReference = ?1 and type = ?2 order by id", bookingReference, ActivityType.MEETING)
                .firstResult();
    }

    public static Activity findByLegacyKey(String legacyKey) {
        return find("legacyKey", legacyKey).firstResult();
    }
}
