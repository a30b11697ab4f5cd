package com.repaero.customer.invoicing.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * The Factur-X PDF of an issued invoice and its CII XML, written once in the issuing transaction and never again
 * (ADR 0013): what was sent is what is kept, for the ten years the law asks.
 */
@Entity
@Table(name = "invoice_document")
public class InvoiceDocument extends PanacheEntityBase {

    @Id
    @Column(name = "invoice_id")
    public Long invoiceId;

    @Lob
    @Column(nullable = false, updatable = false)
    public byte[] pdf;

    @Lob
    @Column(name = "cii_xml", nullable = false, updatable = false)
    public byte[] xml;

    @Column(name = "pdf_sha256", nullable = false, updatable = false)
    public String pdfSha256;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;
}
