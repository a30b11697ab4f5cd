package com.repaero.supplier.shipment.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import com.repaero.platform.problem.ProblemException;

/** The shipment's state machine: label workflow, then tracking. */
class ShipmentTransitionsTest {

    private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");
    private static final Instant STALE = NOW.minus(Duration.ofMinutes(1));

    @Test
    void aLabelIsRequestedThenObtained() {
        Shipment s = new Shipment();
        s.startLabelRequest(NOW, STALE);
        assertThat(s.status).isEqualTo(ShipmentStatus.LABEL_REQUESTED);
        assertThat(s.labelAttempts).isEqualTo(1);
        s.labelled("6A00000000001");
        assertThat(s.status).isEqualTo(ShipmentStatus.LABELLED);
        assertThat(s.parcelNumber).isEqualTo("6A00000000001");
    }

    @Test
    void aFailedLabelCanBeRequestedAgainAndTheErrorIsCleared() {
        Shipment s = new Shipment();
        s.startLabelRequest(NOW, STALE);
        s.labelFailed("colissimo-unavailable", "timeout");
        assertThat(s.status).isEqualTo(ShipmentStatus.LABEL_FAILED);
        assertThat(s.lastErrorCode).isEqualTo("colissimo-unavailable");
        s.startLabelRequest(NOW, STALE);
        assertThat(s.labelAttempts).isEqualTo(2);
        s.labelled("6A00000000002");
        assertThat(s.lastErrorCode).isNull();
        assertThat(s.lastError).isNull();
    }

    @Test
    void aRequestInProgressIsNotStartedTwice() {
        Shipment s = new Shipment();
        s.startLabelRequest(NOW, STALE);
        assertThatThrownBy(() -> s.startLabelRequest(NOW, STALE)).isInstanceOfSatisfying(
                ProblemException.Conflict.class, e -> assertThat(e.code()).isEqualTo("label-in-progress"));
    }

    @Test
    void aRequestLeftHangingIsTakenOver() {
        Shipment s = new Shipment();
        s.startLabelRequest(NOW.minus(Duration.ofHours(1)), STALE);
        s.startLabelRequest(NOW, STALE);
        assertThat(s.labelRequestedAt).isEqualTo(NOW);
        assertThat(s.labelAttempts).isEqualTo(2);
    }

    @Test
    void aLabelledShipmentIsNotLabelledAgain() {
        Shipment s = labelled();
        assertThatThrownBy(() -> s.startLabelRequest(NOW, STALE)).isInstanceOfSatisfying(
                ProblemException.Conflict.class, e -> assertThat(e.code()).isEqualTo("already-labelled"));
        assertThatThrownBy(() -> s.labelFailed("x", "y")).isInstanceOf(ProblemException.Conflict.class);
    }

    @Test
    void trackingMovesALabelledParcelUntilItIsDelivered() {
        Shipment s = labelled();
        assertThat(s.tracked(ShipmentStatus.IN_TRANSIT)).isTrue();
        assertThat(s.tracked(ShipmentStatus.IN_TRANSIT)).isFalse();
        assertThat(s.tracked(ShipmentStatus.EXCEPTION)).isTrue();
        assertThat(s.tracked(ShipmentStatus.IN_TRANSIT)).isTrue();
        assertThat(s.tracked(ShipmentStatus.DELIVERED)).isTrue();
        assertThat(s.tracked(ShipmentStatus.RETURNED)).isFalse();
        assertThat(s.status).isEqualTo(ShipmentStatus.DELIVERED);
    }

    @Test
    void trackingDoesNotTouchAShipmentWithoutLabel() {
        Shipment s = new Shipment();
        assertThat(s.tracked(ShipmentStatus.IN_TRANSIT)).isFalse();
        assertThat(s.status).isEqualTo(ShipmentStatus.CREATED);
        assertThatThrownBy(() -> s.tracked(ShipmentStatus.LABELLED)).isInstanceOf(IllegalArgumentException.class);
    }

    private static Shipment labelled() {
        Shipment s = new Shipment();
        s.startLabelRequest(NOW, STALE);
        s.labelled("6A00000000003");
        return s;
    }
}
