package com.repaero.customer.appointment.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One entry of the on-call roster (kept here until resource-service, phase 5): paged in {@code position} order. */
@Entity
@Table(name = "on_call_contact")
public class OnCallContact extends PanacheEntityBase {

    @Id
    @SequenceGenerator(name = "on_call_contact_seq", sequenceName = "on_call_contact_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "on_call_contact_seq")
    public Long id;

    @Column(nullable = false)
    public int position;

    @Column(nullable = false)
    public String name;

    /** E.164, e.g. +33612345678. */
    @Column(nullable = false)
    public String phone;
}
