package com.repaero.customer.notification.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One email or SMS to send, written in the business transaction and sent later by {@link NotificationSender}. */
@Entity
@Table(name = "notification")
public class Notification extends PanacheEntityBase {

    @Id
    @SequenceGenerator(name = "notification_seq", sequenceName = "notification_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "notification_seq")
    public Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Channel channel;

    /** What it is about, e.g. booking-confirmation-request, aog-alert (for staff lists and tests). */
    @Column(nullable = false)
    public String kind;

    /** An email address or an E.164 phone number. */
    @Column(nullable = false)
    public String recipient;

    public String subject;

    @Lob
    @Column(nullable = false)
    public String body;

    @Column(name = "attachment_name")
    public String attachmentName;

    @Column(name = "attachment_type")
    public String attachmentType;

    @Lob
    public String attachment;

    /** The business reference it belongs to, e.g. a booking reference. */
    public String reference;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public NotificationStatus status = NotificationStatus.PENDING;

    @Column(nullable = false)
    public int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    public Instant nextAttemptAt;

    /** Set while a sender works on it: another run (or instance) leaves it alone until then. */
    @Column(name = "claimed_until")
    public Instant claimedUntil;

    @Column(name = "last_error")
    public String lastError;

    /** The provider's id of the sent message (Twilio's message SID). */
    @Column(name = "provider_id")
    public String providerId;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "sent_at")
    public Instant sentAt;
}
