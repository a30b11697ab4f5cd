package com.repaero.customer.invoicing.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** The last number given in one series and year ({@code FA-2026}), locked while the next one is taken. */
@Entity
@Table(name = "document_counter")
public class DocumentCounter extends PanacheEntityBase {

    @Id
    @Column(name = "counter_key")
    public String key;

    @Column(name = "last_number", nullable = false)
    public long lastNumber;
}
