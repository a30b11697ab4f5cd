package com.repaero.customer.invoicing.domain;

/** An invoice (type 380, numbered FA-) or a credit note (type 381, numbered AV-) that corrects an issued invoice. */
public enum InvoiceKind {
    INVOICE("FA", "380", "Facture"), CREDIT_NOTE("AV", "381", "Avoir");

    private final String series;
    private final String typeCode;
    private final String title;

    InvoiceKind(String series, String typeCode, String title) {
        this.series = series;
        this.typeCode = typeCode;
        this.title = title;
    }

    /** Prefix of its own number sequence. */
    public String series() {
        return series;
    }

    /** UNTDID 1001 document type (BT-3). */
    public String typeCode() {
        return typeCode;
    }

    public String title() {
        return title;
    }
}
