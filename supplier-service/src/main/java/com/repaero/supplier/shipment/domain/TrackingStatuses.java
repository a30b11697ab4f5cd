package com.repaero.supplier.shipment.domain;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.repaero.supplier.shipment.colissimo.Timeline;

/**
 * Derives a shipment status from a Colissimo timeline. Event codes come first (the latest event that means something
 * wins); the steps (0 announced … 5 delivered) fill in when no known code is there. Unknown codes change nothing;
 * they are still stored and shown.
 * <p>
 * The code table: the event codes of Colissimo's tracking annex as public Colissimo integrations use them (codes and
 * French wording are Colissimo's; integrations.md names none). A parcel still on its way to the addressee is
 * IN_TRANSIT, waiting at a post office or pickup point included; one held or on its way back needs someone to look at
 * it: EXCEPTION (still tracked); RETURNED only once handed back to us. DELIVERED and RETURNED end the polling.
 */
public final class TrackingStatuses {

    private static final Map<String, ShipmentStatus> BY_CODE = Map.ofEntries(
            // Label made, parcel not yet taken by La Poste: no tracking status yet (stays LABELLED).
            // COMCFM, PCHMQT are known and deliberately absent.
            // On its way.
            Map.entry("PCHCFM", ShipmentStatus.IN_TRANSIT), // pris en charge par La Poste
            Map.entry("PCHCEX", ShipmentStatus.IN_TRANSIT), // pris en charge, à l'export
            Map.entry("AARCFM", ShipmentStatus.IN_TRANSIT), // arrivé sur son site de distribution
            Map.entry("AARDVY", ShipmentStatus.IN_TRANSIT), // arrivé par erreur sur un site, réacheminé
            Map.entry("EXPCFM", ShipmentStatus.IN_TRANSIT), // s'apprête à sortir du pays d'origine
            Map.entry("CHGCFM", ShipmentStatus.IN_TRANSIT), // arrivé en France
            Map.entry("DCHCFM", ShipmentStatus.IN_TRANSIT), // arrivé dans le pays de destination
            Map.entry("DCHDDT", ShipmentStatus.IN_TRANSIT), // sorti du bureau d'échange
            Map.entry("DOUDOU", ShipmentStatus.IN_TRANSIT), // en dédouanement (routine)
            Map.entry("RSTNCG", ShipmentStatus.IN_TRANSIT), // en attente de distribution
            Map.entry("QDICFM", ShipmentStatus.IN_TRANSIT), // présenté le prochain jour ouvré
            Map.entry("RENNRV", ShipmentStatus.IN_TRANSIT), // destinataire absent, nouvelle présentation
            Map.entry("RENARV", ShipmentStatus.IN_TRANSIT), // destinataire absent, remis en livraison
            Map.entry("RENACP", ShipmentStatus.IN_TRANSIT), // livraison reportée (absence, force majeure)
            Map.entry("RENLNA", ShipmentStatus.IN_TRANSIT), // réexpédié à la demande du destinataire
            // Waiting for the addressee to collect it: not delivered yet.
            Map.entry("DEPGUI", ShipmentStatus.IN_TRANSIT), // déposé dans un point postal
            Map.entry("RENAVI", ShipmentStatus.IN_TRANSIT), // disponible en bureau de poste
            Map.entry("RSTBRT", ShipmentStatus.IN_TRANSIT), // disponible au bureau de poste après avis
            Map.entry("MLVARS", ShipmentStatus.IN_TRANSIT), // disponible au point de retrait
            // Delivered.
            Map.entry("LIVCFM", ShipmentStatus.DELIVERED), // livré
            Map.entry("LIVGAR", ShipmentStatus.DELIVERED), // livré au gardien
            Map.entry("LIVRTI", ShipmentStatus.DELIVERED), // livré au gardien ou au voisin
            Map.entry("LIVVOI", ShipmentStatus.DELIVERED), // livré au voisin
            // Back with us.
            Map.entry("LIVREO", ShipmentStatus.RETURNED), // livré à l'expéditeur après un retour
            // Held, or on its way back: someone has to act.
            Map.entry("RENAIN", ShipmentStatus.EXCEPTION), // adresse insuffisante, informations attendues
            Map.entry("RENCAD", ShipmentStatus.EXCEPTION), // adresse incomplète, recherche en cours
            Map.entry("ENEMQT", ShipmentStatus.EXCEPTION), // pas récupéré dans la boîte aux lettres
            Map.entry("RENAVA", ShipmentStatus.EXCEPTION), // refusé, retour à l'expéditeur
            Map.entry("RENDIV", ShipmentStatus.EXCEPTION), // refusé, retour à l'expéditeur
            Map.entry("RENSNC", ShipmentStatus.EXCEPTION), // refusé, retour à l'expéditeur
            Map.entry("RENTAR", ShipmentStatus.EXCEPTION), // refusé, retour à l'expéditeur
            Map.entry("RENSRB", ShipmentStatus.EXCEPTION), // contre-remboursement refusé, retour
            Map.entry("RENDIA", ShipmentStatus.EXCEPTION), // destinataire inconnu à l'adresse, retour
            Map.entry("SOLREO", ShipmentStatus.EXCEPTION), // retourné à l'expéditeur
            Map.entry("SOLREI", ShipmentStatus.EXCEPTION), // retourné à l'expéditeur (international)
            Map.entry("DOUAGV", ShipmentStatus.EXCEPTION), // retenu en douane : formulaire (DAU) manquant
            Map.entry("DOUCOI", ShipmentStatus.EXCEPTION), // retenu en douane : certificat d'origine incorrect
            Map.entry("DOUCOM", ShipmentStatus.EXCEPTION), // retenu en douane : certificat d'origine manquant
            Map.entry("DOUCRR", ShipmentStatus.EXCEPTION), // retenu en douane : certificat manquant
            Map.entry("DOUDDI", ShipmentStatus.EXCEPTION), // retenu en douane : CN23 incorrecte
            Map.entry("DOUDDM", ShipmentStatus.EXCEPTION), // retenu en douane : CN23 manquante
            Map.entry("DOUDVR", ShipmentStatus.EXCEPTION), // retenu en douane : données de virement demandées
            Map.entry("DOUEXI", ShipmentStatus.EXCEPTION), // retenu en douane : nombre de colis non conforme
            Map.entry("DOUFCI", ShipmentStatus.EXCEPTION), // retenu en douane : facture incorrecte
            Map.entry("DOUFCM", ShipmentStatus.EXCEPTION), // retenu en douane : facture manquante
            Map.entry("DOUIDD", ShipmentStatus.EXCEPTION), // retenu en douane : contenu à identifier
            Map.entry("DOUIIR", ShipmentStatus.EXCEPTION), // retenu en douane : informations requises
            Map.entry("DOUNIR", ShipmentStatus.EXCEPTION), // retenu en douane : n° de TVA ou d'import attendu
            Map.entry("DOUPRO", ShipmentStatus.EXCEPTION), // retenu en douane : contenu prohibé
            Map.entry("DOURES", ShipmentStatus.EXCEPTION)); // retenu en douane : licence d'importation requise

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
