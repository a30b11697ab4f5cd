package com.repaero.customer.appointment.domain;

import java.time.Instant;

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

/** The paging of the on-call roster for one confirmed AOG booking: who was paged last, and who took it. */
@Entity
@Table(name = "aog_alert")
public class AogAlert extends PanacheEntityBase {

    @Id
    @SequenceGenerator(name = "aog_alert_seq", sequenceName = "aog_alert_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "aog_alert_seq")
    public Long id;

    @Column(name = "appointment_id", nullable = false)
    public long appointmentId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public AogAlertStatus status = AogAlertStatus.OPEN;

    /** Position in the roster of the contact paged last (0 = first). */
    @Column(name = "level_index", nullable = false)
    public int levelIndex;

    @Column(name = "contact_name")
    public String contactName;

    @Column(name = "contact_phone")
    public String contactPhone;

    @Column(name = "notified_at", nullable = false)
    public Instant notifiedAt;

    @Column(name = "acknowledged_at")
    public Instant acknowledgedAt;

    @Column(name = "acknowledged_by")
    public String acknowledgedBy;

    @Version
    public int version;
}
