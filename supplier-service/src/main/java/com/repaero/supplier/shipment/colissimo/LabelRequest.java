package com.repaero.supplier.shipment.colissimo;

import java.math.BigDecimal;
import java.time.LocalDate;

/** What generateLabel needs for one parcel; the sender comes from the configuration. */
public record LabelRequest(
        String productCode,
        LocalDate depositDate,
        String orderNumber,
        BigDecimal weightKg,
        BigDecimal insuranceValue,
        String senderParcelRef,
        String addresseeParcelRef,
        Addressee addressee,
        String outputFormat) {

    /** The addressee block of the label. */
    public record Addressee(String companyName, String lastName, String firstName, String line2, String city,
            String zipCode, String countryCode, String email, String mobileNumber) {
    }
}
