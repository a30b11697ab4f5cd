package com.repaero.supplier.shipment.colissimo;

/** A generated label: the parcel number and the printable file (PDF or ZPL) as Colissimo sent it. */
public record Label(String parcelNumber, byte[] content) {
}
