package com.repaero.supplier.shipment.domain;

/** Colissimo product codes we may use (letter.service.productCode). */
public enum ProductCode {
    /** Domicile, without signature. */
    DOM,
    /** Domicile, with signature. */
    DOS,
    /** Bureau de poste. */
    BPR,
    /** Relay point (pick-up). */
    A2P,
    /** Commerce de proximité. */
    CMT,
    /** Outre-mer, without signature. */
    COM,
    /** Outre-mer, with signature. */
    CDS,
    /** International Expert. */
    COLI,
    /** Return, France. */
    CORE,
    /** Return, international. */
    CORI
}
