package com.repaero.supplier.shipment.domain;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.repaero.supplier.shipment.colissimo.Timeline;

/**
 * Derives a shipment status from a Colissimo timeline. Event codes come first (the latest event that means something
 * wins); the steps (0 announced … 5 delivered) fill in when no known code is there. The code table holds the codes
 * we have seen documented; unknown codes change nothing, they are still stored and shown.
 */
public final class TrackingStatuses {

    private static final Map<String, ShipmentStatus> BY_CODE = Map.ofEntries(
            Map.entry("PCHCFM", ShipmentStatus.IN_TRANSIT), // pris en charge par La Poste
            Map.entry("AARCFM", ShipmentStatus.IN_TRANSIT), // arrivé sur le site de distribution
            Map.entry("AARDVY", ShipmentStatus.IN_TRANSIT), // réacheminé après une erreur de tri
            Map.entry("RENNRV", ShipmentStatus.IN_TRANSIT), // destinataire absent, nouvelle présentation
            Map.entry("DEPGUI", ShipmentStatus.IN_TRANSIT), // déposé en bureau de poste, à retirer
            Map.entry("RENAVI", ShipmentStatus.IN_TRANSIT), // avisé, disponible en bureau de poste
            Map.entry("MLVARS", ShipmentStatus.IN_TRANSIT), // disponible au point de retrait
            Map.entry("LIVCFM", ShipmentStatus.DELIVERED),
            Map.entry("LIVGAR", ShipmentStatus.DELIVERED), // livré au gardien
            Map.entry("LIVRTI", ShipmentStatus.DELIVERED), // livré au gardien ou au voisin
            Map.entry("LIVREO", ShipmentStatus.RETURNED), // livré à l'expéditeur après un retour
            Map.entry("RENAVA", ShipmentStatus.EXCEPTION), // refusé, retour à l'expéditeur en cours
            Map.entry("RENAIN", ShipmentStatus.EXCEPTION)); // adresse insuffisante, informations attendues

    private TrackingStatuses() {
    }

    public static Optional<ShipmentStatus> ofCode(String code) {
        return Optional.ofNullable(BY_CODE.get(code));
    }

    /** The status the events and steps mean, or empty while the parcel is only announced. */
    public static Optional<ShipmentStatus> of(List<Timeline.Event> events, int highestActiveStep) {
        Optional<ShipmentStatus> fromEvents = events.stream()
                .filter(e -> BY_CODE.containsKey(e.code()))
                .max(Comparator.comparing(Timeline.Event::date))
                .map(e -> BY_CODE.get(e.code()));
        Optional<ShipmentStatus> fromSteps = highestActiveStep >= 5
                ? Optional.of(ShipmentStatus.DELIVERED)
                : highestActiveStep >= 2 ? Optional.of(ShipmentStatus.IN_TRANSIT) : Optional.empty();
        if (fromEvents.isEmpty()) {
            return fromSteps;
        }
        if (fromSteps.orElse(null) == ShipmentStatus.DELIVERED && fromEvents.get() == ShipmentStatus.IN_TRANSIT) {
            return fromSteps; // a delivery whose event code we do not know yet
        }
        return fromEvents;
    }
}
