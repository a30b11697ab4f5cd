package com.repaero.supplier.shipment.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.repaero.supplier.shipment.colissimo.Timeline;

/** From a Colissimo timeline to our status: the latest meaningful event wins, steps fill in. */
class TrackingStatusesTest {

    @Test
    void anAnnouncedParcelHasNoTrackingStatusYet() {
        assertThat(TrackingStatuses.of(List.of(event("COMCFM", "2026-11-20T08:00:00Z")), 1)).isEmpty();
        assertThat(TrackingStatuses.of(List.of(), -1)).isEmpty();
    }

    @Test
    void theLatestKnownEventWinsWhateverTheOrder() {
        List<Timeline.Event> events = List.of(event("LIVCFM", "2026-11-21T15:00:00Z"),
                event("PCHCFM", "2026-11-20T09:00:00Z"), event("XXXNEW", "2026-11-21T16:00:00Z"));
        assertThat(TrackingStatuses.of(events, 3)).contains(ShipmentStatus.DELIVERED);
    }

    @Test
    void anExceptionThenResumedTransit() {
        List<Timeline.Event> events = List.of(event("PCHCFM", "2026-11-20T09:00:00Z"),
                event("RENAIN", "2026-11-21T09:00:00Z"));
        assertThat(TrackingStatuses.of(events, 3)).contains(ShipmentStatus.EXCEPTION);
        List<Timeline.Event> resumed = List.of(events.get(0), events.get(1), event("AARCFM", "2026-11-22T09:00:00Z"));
        assertThat(TrackingStatuses.of(resumed, 3)).contains(ShipmentStatus.IN_TRANSIT);
    }

    @Test
    void aReturnToSender() {
        assertThat(TrackingStatuses.of(List.of(event("LIVREO", "2026-11-25T09:00:00Z")), 5))
                .contains(ShipmentStatus.RETURNED);
    }

    @Test
    void labelOnlyCodesChangeNothing() {
        assertThat(TrackingStatuses.of(List.of(event("COMCFM", "2026-11-20T08:00:00Z"),
                event("PCHMQT", "2026-11-20T09:00:00Z")), 1)).isEmpty();
    }

    @Test
    void aParcelWaitingAtThePostOfficeIsNotDeliveredYet() {
        List<Timeline.Event> waiting = List.of(event("PCHCFM", "2026-11-20T09:00:00Z"),
                event("RENNRV", "2026-11-21T11:00:00Z"), event("RENAVI", "2026-11-21T15:00:00Z"));
        assertThat(TrackingStatuses.of(waiting, 4)).contains(ShipmentStatus.IN_TRANSIT);
        List<Timeline.Event> collected = List.of(waiting.get(0), waiting.get(1), waiting.get(2),
                event("LIVCFM", "2026-11-23T10:00:00Z"));
        assertThat(TrackingStatuses.of(collected, 5)).contains(ShipmentStatus.DELIVERED);
        assertThat(TrackingStatuses.of(List.of(event("LIVVOI", "2026-11-23T10:00:00Z")), 4))
                .contains(ShipmentStatus.DELIVERED);
    }

    @Test
    void aRefusedParcelIsAnExceptionUntilItIsBackWithUs() {
        List<Timeline.Event> refused = List.of(event("PCHCFM", "2026-11-20T09:00:00Z"),
                event("RENDIA", "2026-11-21T11:00:00Z"));
        assertThat(TrackingStatuses.of(refused, 4)).contains(ShipmentStatus.EXCEPTION);
        assertThat(TrackingStatuses.of(List.of(refused.get(0), refused.get(1), event("LIVREO",
                "2026-11-26T10:00:00Z")), 5)).contains(ShipmentStatus.RETURNED);
    }

    @Test
    void customsHoldsAreExceptionsButRoutineClearanceIsNot() {
        assertThat(TrackingStatuses.of(List.of(event("DCHCFM", "2026-11-20T09:00:00Z"),
                event("DOUDOU", "2026-11-21T09:00:00Z")), 3)).contains(ShipmentStatus.IN_TRANSIT);
        assertThat(TrackingStatuses.of(List.of(event("DOUDOU", "2026-11-21T09:00:00Z"),
                event("DOUFCM", "2026-11-22T09:00:00Z")), 3)).contains(ShipmentStatus.EXCEPTION);
    }

    @Test
    void stepsFillInForUnknownCodes() {
        assertThat(TrackingStatuses.of(List.of(event("ZZZ001", "2026-11-20T09:00:00Z")), 3))
                .contains(ShipmentStatus.IN_TRANSIT);
        assertThat(TrackingStatuses.of(List.of(event("PCHCFM", "2026-11-20T09:00:00Z")), 5))
                .contains(ShipmentStatus.DELIVERED);
    }

    private static Timeline.Event event(String code, String date) {
        return new Timeline.Event(code, code, null, Instant.parse(date));
    }
}
