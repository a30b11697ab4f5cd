package com.repaero.customer.invoicing.domain;

/** Produces the legal document of an invoice being issued: the Factur-X PDF and the CII XML it embeds. */
public interface InvoiceDocuments {

    /** The PDF/A-3 with the XML attached, and the XML alone. */
    record Rendered(byte[] pdf, byte[] xml) {
    }

    /** Renders an invoice that has its number, dates and buyer snapshot (called inside the issuing transaction). */
    Rendered render(Invoice invoice);
}
