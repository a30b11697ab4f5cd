package com.repaero.supplier.shipment.domain;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import com.repaero.supplier.shipment.colissimo.ColissimoClient;
import com.repaero.supplier.shipment.colissimo.ColissimoException;
import com.repaero.supplier.shipment.colissimo.Timeline;

import io.quarkus.scheduler.Scheduled;

/**
 * Background work on shipments: polls Colissimo tracking (no push exists) and requests again the labels an outage
 * prevented. A failure is logged and the same work is picked up on the next run: nothing is lost.
 */
@ApplicationScoped
public class ShipmentJobs {

    private static final Logger LOG = Logger.getLogger(ShipmentJobs.class);
    private static final int BATCH = 500;
    /** Automatic label attempts before a human has to look at it. */
    private static final int MAX_AUTOMATIC_LABEL_ATTEMPTS = 10;

    private final ShipmentService shipments;
    private final LabelWorkflow labels;
    private final ColissimoClient colissimo;

    public ShipmentJobs(ShipmentService shipments, LabelWorkflow labels, ColissimoClient colissimo) {
        this.shipments = shipments;
        this.labels = labels;
        this.colissimo = colissimo;
    }

    @Scheduled(every = "${repaero.colissimo.tracking.every:30m}", delayed = "1m", identity = "shipment-tracking", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduledTracking() {
        trackAll();
    }

    @Scheduled(every = "${repaero.colissimo.label-retry.every:5m}", delayed = "2m", identity = "shipment-label-retry", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduledLabelRetry() {
        retryLabels();
    }

    /** Polls every parcel not yet delivered; returns how many changed status. */
    public int trackAll() {
        int changed = 0;
        for (long id : shipments.trackedIds(BATCH)) {
            if (track(id)) {
                changed++;
            }
        }
        return changed;
    }

    /** Polls one shipment's parcel; false (and a log line) when Colissimo could not say. */
    public boolean track(long id) {
        String parcel = null;
        try {
            parcel = shipments.parcelNumberOf(id).orElse(null);
            if (parcel == null) {
                return false;
            }
            Timeline timeline = colissimo.timeline(parcel);
            return shipments.applyTimeline(id, timeline);
        } catch (ColissimoException e) {
            LOG.warnf("Tracking of shipment %d (parcel %s) failed, retried next run: %s", id, parcel, e.getMessage());
            return false;
        } catch (RuntimeException e) {
            LOG.errorf(e, "Tracking of shipment %d (parcel %s) failed, retried next run", id, parcel);
            return false;
        }
    }

    /** Requests again the labels that outages prevented; returns how many are now labelled. */
    public int retryLabels() {
        int labelled = 0;
        for (long id : shipments.labelRetryIds(MAX_AUTOMATIC_LABEL_ATTEMPTS, BATCH)) {
            try {
                labels.requestLabel(id, "label-retry");
                labelled++;
            } catch (RuntimeException e) {
                LOG.warnf("Label retry of shipment %d failed: %s", id, e.getMessage());
            }
        }
        return labelled;
    }
}
