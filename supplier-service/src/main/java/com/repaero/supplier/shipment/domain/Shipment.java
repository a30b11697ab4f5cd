package com.repaero.supplier.shipment.domain;

import java.math.BigDecimal;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import com.repaero.platform.persistence.AuditedEntity;
import com.repaero.platform.problem.ProblemException;

/** A Colissimo parcel sent by Rep'Aero (a unit returned to a supplier for repair, parts…), with its label state. */
@Entity
@Table(name = "shipment")
public class Shipment extends AuditedEntity {

    @Id
    @SequenceGenerator(name = "shipment_seq", sequenceName = "shipment_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "shipment_seq")
    public Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ShipmentStatus status = ShipmentStatus.CREATED;

    @Enumerated(EnumType.STRING)
    @Column(name = "product_code", nullable = false)
    public ProductCode productCode;

    @Enumerated(EnumType.STRING)
    @Column(name = "label_format", nullable = false)
    public LabelFormat labelFormat;

    @Column(name = "weight_kg", nullable = false)
    public BigDecimal weightKg;

    @Column(name = "insurance_value")
    public BigDecimal insuranceValue;

    /** Our reference: a purchase order number or free text. */
    public String reference;

    @Column(name = "supplier_id")
    public Long supplierId;

    @Column(name = "addressee_company")
    public String addresseeCompany;

    @Column(name = "addressee_last_name", nullable = false)
    public String addresseeLastName;

    @Column(name = "addressee_first_name", nullable = false)
    public String addresseeFirstName;

    @Column(name = "addressee_line2", nullable = false)
    public String addresseeLine2;

    @Column(name = "addressee_city", nullable = false)
    public String addresseeCity;

    @Column(name = "addressee_zip_code", nullable = false)
    public String addresseeZipCode;

    @Column(name = "addressee_country", nullable = false)
    public String addresseeCountry;

    @Column(name = "addressee_email")
    public String addresseeEmail;

    @Column(name = "addressee_mobile")
    public String addresseeMobile;

    @Column(name = "parcel_number")
    public String parcelNumber;

    @Column(name = "label_attempts", nullable = false)
    public int labelAttempts;

    @Column(name = "label_requested_at")
    public Instant labelRequestedAt;

    /** Stable code of the last label failure (e.g. colissimo-unavailable), null once labelled. */
    @Column(name = "last_error_code")
    public String lastErrorCode;

    @Column(name = "last_error")
    public String lastError;

    @Column(name = "last_tracked_at")
    public Instant lastTrackedAt;

    /** CREATED or LABEL_FAILED → LABEL_REQUESTED; also takes over a request left hanging since {@code staleBefore}. */
    public void startLabelRequest(Instant now, Instant staleBefore) {
        boolean hanging = status == ShipmentStatus.LABEL_REQUESTED && labelRequestedAt != null
                && labelRequestedAt.isBefore(staleBefore);
        if (!ShipmentStatus.LABEL_REQUESTABLE.contains(status) && !hanging) {
            throw new ProblemException.Conflict(status == ShipmentStatus.LABEL_REQUESTED
                    ? "label-in-progress"
                    : "already-labelled",
                    "Shipment " + id + " is " + status + ": a label cannot be requested now"
                            + (status == ShipmentStatus.LABEL_REQUESTED ? "" : " (download it again to reprint)"));
        }
        status = ShipmentStatus.LABEL_REQUESTED;
        labelRequestedAt = now;
        labelAttempts++;
    }

    /** LABEL_REQUESTED → LABELLED with Colissimo's parcel number. */
    public void labelled(String parcel) {
        requireLabelRequested();
        status = ShipmentStatus.LABELLED;
        parcelNumber = parcel;
        lastErrorCode = null;
        lastError = null;
    }

    /** LABEL_REQUESTED → LABEL_FAILED, keeping why; the shipment stays retryable. */
    public void labelFailed(String code, String message) {
        requireLabelRequested();
        status = ShipmentStatus.LABEL_FAILED;
        lastErrorCode = code;
        lastError = message == null || message.length() <= 1000 ? message : message.substring(0, 1000);
    }

    /**
     * Moves to what tracking says, if it is a change a parcel can make.
     *
     * @return true when the status changed
     */
    public boolean tracked(ShipmentStatus newStatus) {
        if (!ShipmentStatus.TRACKING.contains(newStatus)) {
            throw new IllegalArgumentException(newStatus + " does not come from tracking");
        }
        if (!ShipmentStatus.TRACKED.contains(status) || status == newStatus) {
            return false;
        }
        status = newStatus;
        return true;
    }

    private void requireLabelRequested() {
        if (status != ShipmentStatus.LABEL_REQUESTED) {
            throw new ProblemException.Conflict("label-not-requested",
                    "Shipment " + id + " is " + status + ", not waiting for a label");
        }
    }
}
