package com.repaero.supplier.shipment.domain;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.Transactional;

import com.repaero.platform.outbox.Outbox;
import com.repaero.platform.problem.ProblemException;
import com.repaero.supplier.shipment.colissimo.ColissimoConfig;
import com.repaero.supplier.shipment.colissimo.Label;
import com.repaero.supplier.shipment.colissimo.LabelRequest;
import com.repaero.supplier.shipment.colissimo.Timeline;
import com.repaero.supplier.shipment.messaging.ShipmentStatusChanged;
import com.repaero.supplier.supplier.domain.Supplier;

/**
 * The shipment's transactions. Each step of the label workflow commits on its own, so that a Colissimo call never
 * runs inside a database transaction and a failure never leaves a half state.
 */
@ApplicationScoped
public class ShipmentService {

    static final String TRACKING_USER = "colissimo-tracking";
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private final Outbox outbox;
    private final ColissimoConfig config;

    private final LabelFormat defaultFormat;

    public ShipmentService(Outbox outbox, ColissimoConfig config) {
        this.outbox = outbox;
        this.config = config;
        try {
            this.defaultFormat = LabelFormat.valueOf(config.outputFormat());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("repaero.colissimo.output-format must be one of "
                    + java.util.Arrays.toString(LabelFormat.values()) + ", not " + config.outputFormat(), e);
        }
    }

    /** A shipment to create, already checked for shape at the API edge. */
    public record NewShipment(String addresseeCompany, String addresseeLastName, String addresseeFirstName,
            String addresseeLine2, String addresseeCity, String addresseeZipCode, String addresseeCountry,
            String addresseeEmail, String addresseeMobile, BigDecimal weightKg, BigDecimal insuranceValue,
            ProductCode productCode, LabelFormat labelFormat, String reference, Long supplierId) {
    }

    @Transactional
    public Shipment create(NewShipment n, String user) {
        if (n.supplierId() != null && Supplier.findById(n.supplierId()) == null) {
            throw new ProblemException.RuleViolated("unknown-supplier", "Supplier " + n.supplierId()
                    + " does not exist");
        }
        Instant now = Instant.now();
        Shipment s = new Shipment();
        s.addresseeCompany = n.addresseeCompany();
        s.addresseeLastName = n.addresseeLastName();
        s.addresseeFirstName = n.addresseeFirstName();
        s.addresseeLine2 = n.addresseeLine2();
        s.addresseeCity = n.addresseeCity();
        s.addresseeZipCode = n.addresseeZipCode();
        s.addresseeCountry = n.addresseeCountry();
        s.addresseeEmail = n.addresseeEmail();
        s.addresseeMobile = n.addresseeMobile();
        s.weightKg = n.weightKg();
        s.insuranceValue = n.insuranceValue();
        s.productCode = n.productCode();
        s.labelFormat = n.labelFormat() != null ? n.labelFormat() : defaultFormat;
        s.reference = n.reference();
        s.supplierId = n.supplierId();
        s.createdAt = now;
        s.createdBy = user;
        s.updatedAt = now;
        s.updatedBy = user;
        s.persist();
        return s;
    }

    /**
     * Commits LABEL_REQUESTED with a record of the call about to be made (PENDING, with the reference it carries), and
     * returns what to send to Colissimo. A call still PENDING from before was cut short (this service stopped
     * mid-call): its outcome is UNKNOWN.
     */
    @Transactional
    public LabelRequest startLabelRequest(long id, String user) {
        Shipment s = find(id);
        Instant now = Instant.now();
        s.startLabelRequest(now, now.minus(staleAfter()));
        touch(s, user, now);
        try {
            // Flush now: of two simultaneous requests, the second fails here with a clear 409, not at commit.
            Shipment.flush();
        } catch (OptimisticLockException e) {
            throw new ProblemException.Conflict("label-in-progress",
                    "The label of shipment " + id + " is being requested by someone else");
        }
        ShipmentLabelRequest.<ShipmentLabelRequest>list("shipmentId = ?1 and outcome = ?2", id,
                LabelRequestOutcome.PENDING).forEach(hanging -> hanging.close(LabelRequestOutcome.UNKNOWN, null, now));
        ShipmentLabelRequest call = new ShipmentLabelRequest();
        call.shipmentId = id;
        call.attempt = s.labelAttempts;
        call.requestRef = ShipmentLabelRequest.reference(id, s.labelAttempts);
        call.requestedAt = now;
        call.outcome = LabelRequestOutcome.PENDING;
        call.persist();
        return new LabelRequest(s.productCode.name(), LocalDate.now(PARIS), s.reference, s.weightKg,
                s.insuranceValue, call.requestRef, s.reference,
                new LabelRequest.Addressee(s.addresseeCompany, s.addresseeLastName, s.addresseeFirstName,
                        s.addresseeLine2, s.addresseeCity, s.addresseeZipCode, s.addresseeCountry, s.addresseeEmail,
                        s.addresseeMobile),
                s.labelFormat.name());
    }

    @Transactional
    public Shipment recordLabel(long id, Label label, String user) {
        Shipment s = find(id);
        ShipmentStatus previous = s.status;
        s.labelled(label.parcelNumber());
        Instant now = Instant.now();
        touch(s, user, now);
        ShipmentLabel stored = ShipmentLabel.<ShipmentLabel>findByIdOptional(id).orElseGet(ShipmentLabel::new);
        stored.shipmentId = id;
        stored.format = s.labelFormat;
        stored.parcelNumber = label.parcelNumber();
        stored.content = label.content();
        stored.createdAt = now;
        stored.persist();
        closeCall(s, LabelRequestOutcome.LABELLED, label.parcelNumber(), now);
        outbox.record("Shipment", s.id.toString(), "ShipmentStatusChanged", new ShipmentStatusChanged(s.id,
                s.parcelNumber, previous.name(), s.status.name(), s.reference, s.supplierId, null, null, now, now));
        return s;
    }

    @Transactional
    public void recordLabelFailure(long id, String code, String message, LabelRequestOutcome outcome, String user) {
        Shipment s = find(id);
        s.labelFailed(code, message);
        Instant now = Instant.now();
        touch(s, user, now);
        closeCall(s, outcome, null, now);
    }

    private static void closeCall(Shipment s, LabelRequestOutcome outcome, String parcel, Instant now) {
        ShipmentLabelRequest call = ShipmentLabelRequest.findById(key(s.id, s.labelAttempts));
        if (call != null) { // null only for a request started before calls were recorded
            call.close(outcome, parcel, now);
        }
    }

    private static ShipmentLabelRequest.Key key(long shipmentId, int attempt) {
        ShipmentLabelRequest.Key key = new ShipmentLabelRequest.Key();
        key.shipmentId = shipmentId;
        key.attempt = attempt;
        return key;
    }

    /**
     * Stores the timeline's new events (each once) and moves the shipment to the status they mean, emitting one
     * ShipmentStatusChanged per change.
     *
     * @return true when the status changed
     */
    @Transactional
    public boolean applyTimeline(long id, Timeline timeline) {
        Shipment s = find(id);
        if (!ShipmentStatus.TRACKED.contains(s.status)) {
            return false;
        }
        Instant now = Instant.now();
        Set<String> known = new HashSet<>();
        TrackingEvent.<TrackingEvent>list("shipmentId", id).forEach(e -> known.add(e.key()));
        for (Timeline.Event e : timeline.events()) {
            TrackingEvent row = new TrackingEvent();
            row.shipmentId = id;
            row.code = e.code();
            row.occurredAt = e.date();
            if (known.add(row.key())) {
                row.labelShort = cut(e.labelShort(), 255);
                row.labelLong = cut(e.labelLong(), 1000);
                row.recordedAt = now;
                row.persist();
            }
        }
        s.lastTrackedAt = now;
        ShipmentStatus previous = s.status;
        Optional<ShipmentStatus> status = TrackingStatuses.of(timeline.events(), timeline.highestActiveStep());
        if (status.isEmpty() || !s.tracked(status.get())) {
            return false;
        }
        touch(s, TRACKING_USER, now);
        Optional<Timeline.Event> latest = timeline.events().stream()
                .max(Comparator.comparing(Timeline.Event::date));
        outbox.record("Shipment", s.id.toString(), "ShipmentStatusChanged", new ShipmentStatusChanged(s.id,
                s.parcelNumber, previous.name(), s.status.name(), s.reference, s.supplierId,
                latest.map(Timeline.Event::code).orElse(null), latest.map(Timeline.Event::labelShort).orElse(null),
                latest.map(Timeline.Event::date).orElse(now), now));
        return true;
    }

    @Transactional
    public Optional<String> parcelNumberOf(long id) {
        return Shipment.<Shipment>findByIdOptional(id).map(s -> s.parcelNumber);
    }

    /** Shipments whose parcel is still moving, oldest first. */
    @Transactional
    public List<Long> trackedIds(int limit) {
        return Shipment.<Shipment>find("status in ?1 and parcelNumber is not null order by id",
                ShipmentStatus.TRACKED).page(0, limit).stream().map(s -> s.id).toList();
    }

    /** Labels to request again: outages, and requests left hanging (e.g. the service stopped mid-call). */
    @Transactional
    public List<Long> labelRetryIds(int maxAttempts, int limit) {
        return Shipment.<Shipment>find("(status = ?1 and lastErrorCode = ?2 and labelAttempts < ?3)"
                + " or (status = ?4 and labelRequestedAt < ?5) order by id",
                ShipmentStatus.LABEL_FAILED, LabelWorkflow.UNAVAILABLE, maxAttempts, ShipmentStatus.LABEL_REQUESTED,
                Instant.now().minus(staleAfter())).page(0, limit).stream().map(s -> s.id).toList();
    }

    /** A request older than this is taken as lost: twice the longest a label call may take. */
    Duration staleAfter() {
        return config.totalTimeout().multipliedBy(2);
    }

    private static Shipment find(long id) {
        return Shipment.<Shipment>findByIdOptional(id).orElseThrow(() -> new ProblemException.NotFound("Shipment", id));
    }

    private static void touch(Shipment s, String user, Instant now) {
        s.updatedAt = now;
        s.updatedBy = user;
    }

    private static String cut(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }
}
