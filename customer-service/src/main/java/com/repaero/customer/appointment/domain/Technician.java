package com.repaero.customer.appointment.domain;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import org.hibernate.type.NumericBooleanConverter;

import com.repaero.platform.persistence.AuditedEntity;

/** A technician's calendar as this service keeps it until resource-service (phase 5): weekly working hours. */
@Entity
@Table(name = "technician")
public class Technician extends AuditedEntity {

    @Id
    @SequenceGenerator(name = "technician_seq", sequenceName = "technician_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "technician_seq")
    public Long id;

    @Column(nullable = false)
    public String name;

    public String email;

    public String phone;

    @Convert(converter = NumericBooleanConverter.class)
    @Column(nullable = false)
    public boolean active = true;

    @ElementCollection
    @CollectionTable(name = "technician_hours", joinColumns = @JoinColumn(name = "technician_id"))
    public List<DailyWindow> hours = new ArrayList<>();
}
