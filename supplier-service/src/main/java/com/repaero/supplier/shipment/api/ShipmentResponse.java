package com.repaero.supplier.shipment.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.repaero.supplier.shipment.domain.LabelRequestOutcome;
import com.repaero.supplier.shipment.domain.Shipment;
import com.repaero.supplier.shipment.domain.ShipmentLabelRequest;
import com.repaero.supplier.shipment.domain.TrackingEvent;

/** A shipment as the API shows it, with its tracking timeline (oldest first). */
public record ShipmentResponse(
        long id,
        String status,
        String productCode,
        String labelFormat,
        BigDecimal weightKg,
        BigDecimal insuranceValue,
        String reference,
        Long supplierId,
        Addressee addressee,
        String parcelNumber,
        int labelAttempts,
        LastError lastError,
        Instant lastTrackedAt,
        List<Event> timeline,
        @Schema(description = "Every generateLabel call, first first. Outcome UNKNOWN: the answer was lost (timeout, "
                + "crash); Colissimo may have made a label for that reference, unused: look it up in Colissimo's back "
                + "office by the reference") List<LabelCall> labelRequests,
        int version,
        Instant createdAt,
        String createdBy,
        Instant updatedAt,
        String updatedBy) {

    /** The addressee block. */
    public record Addressee(String companyName, String lastName, String firstName, String line2, String city,
            String zipCode, String countryCode, String email, String mobileNumber) {
    }

    /** Why the last label request failed; null once labelled. */
    public record LastError(String code, String message) {
    }

    /** One generateLabel call: the sender reference it carried, and what became of it. */
    public record LabelCall(@Schema(examples = "SHP-100001-1") String reference, Instant requestedAt,
            @Schema(examples = "LABELLED") LabelRequestOutcome outcome,
            @Schema(examples = "6A12345678901") String parcelNumber) {
    }

    /** One tracking event. */
    public record Event(String code, String labelShort, String labelLong, Instant date) {
    }

    static ShipmentResponse of(Shipment s, List<TrackingEvent> events, List<ShipmentLabelRequest> calls) {
        return new ShipmentResponse(s.id, s.status.name(), s.productCode.name(), s.labelFormat.name(), s.weightKg,
                s.insuranceValue, s.reference, s.supplierId,
                new Addressee(s.addresseeCompany, s.addresseeLastName, s.addresseeFirstName, s.addresseeLine2,
                        s.addresseeCity, s.addresseeZipCode, s.addresseeCountry, s.addresseeEmail, s.addresseeMobile),
                s.parcelNumber, s.labelAttempts,
                s.lastErrorCode == null ? null : new LastError(s.lastErrorCode, s.lastError), s.lastTrackedAt,
                events.stream().map(e -> new Event(e.code, e.labelShort, e.labelLong, e.occurredAt)).toList(),
                calls.stream().map(c -> new LabelCall(c.requestRef, c.requestedAt, c.outcome, c.parcelNumber))
                        .toList(),
                s.version, s.createdAt, s.createdBy, s.updatedAt, s.updatedBy);
    }
}
