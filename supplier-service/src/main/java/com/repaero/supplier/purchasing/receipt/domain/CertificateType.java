package com.repaero.supplier.purchasing.receipt.domain;

/** The release or conformity document delivered with the parts. */
public enum CertificateType {
    /** EASA Form 1 authorised release certificate. */
    EASA_FORM_1,
    /** FAA Form 8130-3 airworthiness approval tag. */
    FAA_8130_3,
    /** Manufacturer's or distributor's certificate of conformity. */
    CERTIFICATE_OF_CONFORMITY,
    /** No certificate (consumables, tooling): no reference. */
    NONE
}
