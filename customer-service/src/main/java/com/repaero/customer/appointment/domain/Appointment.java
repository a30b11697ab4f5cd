package com.repaero.customer.appointment.domain;

import java.time.Duration;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
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

import org.hibernate.type.NumericBooleanConverter;

import com.repaero.platform.persistence.AuditedEntity;
import com.repaero.platform.problem.ProblemException;

/** A booking made on the public page: who, when, for what, and where it stands. */
@Entity
@Table(name = "appointment")
public class Appointment extends AuditedEntity {

    @Id
    @SequenceGenerator(name = "appointment_seq", sequenceName = "appointment_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "appointment_seq")
    public Long id;

    /** Public reference, e.g. RDV-7KQ2M9XH: in emails, links and the CRM. */
    @Column(nullable = false)
    public String reference;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "appointment_type_id")
    public AppointmentType type;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public AppointmentStatus status = AppointmentStatus.PENDING;

    @Convert(converter = NumericBooleanConverter.class)
    @Column(nullable = false)
    public boolean aog;

    @Column(name = "start_at", nullable = false)
    public Instant startAt;

    @Column(name = "end_at", nullable = false)
    public Instant endAt;

    @Column(name = "block_start_at", nullable = false)
    public Instant blockStartAt;

    @Column(name = "block_end_at", nullable = false)
    public Instant blockEndAt;

    @Column(name = "contact_name", nullable = false)
    public String contactName;

    @Column(name = "company_name")
    public String companyName;

    public String siren;

    @Column(nullable = false)
    public String email;

    public String phone;

    public String message;

    /** HMAC of the 6-digit code sent by email (the code itself is never stored). */
    @Column(name = "confirmation_code")
    public String confirmationCode;

    @Column(name = "code_attempts", nullable = false)
    public int codeAttempts;

    /** A PENDING booking frees its slot at this time if not confirmed. */
    @Column(name = "expires_at")
    public Instant expiresAt;

    @Column(name = "confirmed_at")
    public Instant confirmedAt;

    @Column(name = "cancelled_at")
    public Instant cancelledAt;

    @Column(name = "cancelled_by")
    public String cancelledBy;

    @Column(name = "cancel_reason")
    public String cancelReason;

    @Column(name = "reminder_sent_at")
    public Instant reminderSentAt;

    /** What the CRM created for it (opportunity or activity id). */
    @Column(name = "crm_reference")
    public Long crmReference;

    /** iCalendar SEQUENCE: raised on every change the customer's calendar must apply. */
    @Column(name = "ics_sequence", nullable = false)
    public int icsSequence;

    /** Places the booking at [start, start + duration), blocking the type's buffers around it. */
    public void schedule(Instant start) {
        startAt = start;
        endAt = start.plus(Duration.ofMinutes(type.durationMinutes));
        blockStartAt = start.minus(Duration.ofMinutes(type.bufferBeforeMinutes));
        blockEndAt = endAt.plus(Duration.ofMinutes(type.bufferAfterMinutes));
    }

    /** PENDING → CONFIRMED. */
    public void confirm(Instant now) {
        if (status == AppointmentStatus.CONFIRMED) {
            return;
        }
        if (status != AppointmentStatus.PENDING) {
            throw new ProblemException.Conflict("not-pending", "Booking " + reference + " is " + status
                    + (status == AppointmentStatus.EXPIRED ? ": it was not confirmed in time, book again" : ""));
        }
        status = AppointmentStatus.CONFIRMED;
        confirmedAt = now;
        expiresAt = null;
    }

    /** PENDING or CONFIRMED → CANCELLED. */
    public void cancel(Instant now, String by, String reason) {
        requireHolding("cancelled");
        status = AppointmentStatus.CANCELLED;
        cancelledAt = now;
        cancelledBy = by;
        cancelReason = reason;
        icsSequence++;
    }

    /** PENDING → EXPIRED (not confirmed in time). */
    public void expire() {
        if (status == AppointmentStatus.PENDING) {
            status = AppointmentStatus.EXPIRED;
        }
    }

    public void requireHolding(String action) {
        if (!AppointmentStatus.HOLDING.contains(status)) {
            throw new ProblemException.Conflict("not-active", "Booking " + reference + " is " + status
                    + " and cannot be " + action);
        }
    }
}
