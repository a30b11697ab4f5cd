package com.repaero.customer.appointment.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** Time a technician is away (leave, training, sickness): no appointment is offered on their account then. */
@Entity
@Table(name = "technician_absence")
public class TechnicianAbsence extends PanacheEntityBase {

    @Id
    @SequenceGenerator(name = "technician_absence_seq", sequenceName = "technician_absence_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "technician_absence_seq")
    public Long id;

    @Column(name = "technician_id", nullable = false)
    public long technicianId;

    @Column(name = "starts_at", nullable = false)
    public Instant startsAt;

    @Column(name = "ends_at", nullable = false)
    public Instant endsAt;

    public String reason;
}
