package com.repaero.supplier.purchasing.order.domain;

/** Units a part is ordered, received and billed in. */
public enum UnitOfMeasure {
    /** Each: one piece (serialised parts are ordered in EA). */
    EA, SET, KIT, KG, G, M, CM, M2, L, ML
}
