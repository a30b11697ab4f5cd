package com.repaero.gateway.console;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The purchasing screens' texts (orders, receipts, shipments): French here (the default), English in {@code messages/po_en.properties}; templates use {@code po:}. A
 * bundle of its own, since Quarkus 3.29 generates broken code for a bundle of more than 300 messages
 * ({@code ConsoleMessagesTest} keeps each bundle under that).
 */
@MessageBundle(value = "po", locale = "fr")
public interface PurchasingMessages {
    // ===== Purchase orders and receipts =====

    @Message("Nouvelle commande")
    String orders_new();

    @Message("État")
    String order_state_label();

    @Message("{#when state}{#is 'DRAFT'}Brouillon{#is 'SENT'}Envoyée{#is 'PARTLY_RECEIVED'}Reçue en partie"
            + "{#is 'RECEIVED'}Reçue{#is 'CLOSED'}Soldée{#is 'CANCELLED'}Annulée{#else}{state}{/when}")
    String order_state(String state);

    @Message("Fournisseur")
    String order_supplier();

    @Message("Aucun fournisseur ne correspond à cette recherche.")
    String order_supplier_none();

    @Message("Plusieurs fournisseurs correspondent ; choisissez-en un :")
    String orders_supplier_choose();

    @Message("N° de commande")
    String order_number();

    @Message("{#when form}{#is 'none'}Aucune commande{#is 'one'}1 commande{#else}{count} commandes{/when}")
    String count_orders(String form, String count);

    @Message("Montant HT")
    String order_total();

    @Message("Lignes")
    String order_line_count();

    @Message("Créée le")
    String order_createdAt();

    @Message("Envoyée le")
    String order_sentAt();

    @Message("Rechercher le fournisseur")
    String order_supplier_search();

    @Message("Cherchez le fournisseur puis cochez-le.")
    String order_supplier_pick_hint();

    @Message("Notes")
    String order_notes();

    @Message("Lignes de commande")
    String order_lines();

    @Message("Les lignes laissées vides sont ignorées.")
    String order_lines_hint();

    @Message("Référence pièce (P/N)")
    String order_line_partNumber();

    @Message("Désignation")
    String order_line_description();

    @Message("Quantité")
    String order_line_quantity();

    @Message("Unité")
    String order_line_unit();

    @Message("Prix unitaire HT (€)")
    String order_line_unitPrice();

    @Message("Par exemple 1 250,50")
    String order_line_unitPrice_hint();

    @Message("Livraison attendue le")
    String order_line_expectedDate();

    @Message("Montant HT")
    String order_line_amount();

    @Message("Reçu")
    String order_line_received();

    @Message("Reste à recevoir")
    String order_line_remaining();

    @Message("Créer la commande")
    String order_create_button();

    @Message("{#when done}{#is 'created'}La commande a été créée en brouillon.{#is 'sent'}La commande a été envoyée au fournisseur."
            + "{#is 'cancelled'}La commande a été annulée.{#is 'closed'}La commande a été soldée."
            + "{#is 'received'}La réception a été enregistrée.{#else}{done}{/when}")
    String order_done(String done);

    @Message("Commande {number}")
    String order_title(String number);

    @Message("Dérogation d'agrément")
    String order_override();

    @Message("Soldée le")
    String order_closedAt();

    @Message("Annulée le")
    String order_cancelledAt();

    @Message("Motif de dérogation")
    String order_override_reason();

    @Message("Seulement si le fournisseur n'est pas agréé (réservé à l'administrateur)")
    String order_override_hint();

    @Message("Envoyer au fournisseur")
    String order_send();

    @Message("Annuler la commande")
    String order_cancel();

    @Message("Solder la commande")
    String order_close();

    @Message("Créer une expédition")
    String order_ship();

    @Message("Saisir une facture")
    String order_bill();

    @Message("Réceptionner")
    String receive_title();

    @Message("Ligne {n} — {partNumber}")
    String receive_line_title(int n, String partNumber);

    @Message("Reste à recevoir : {quantity}")
    String receive_remaining(String quantity);

    @Message("Quantité reçue")
    String receipt_quantity();

    @Message("Bon de livraison")
    String receipt_deliveryNote();

    @Message("Contrôle à réception")
    String receipt_inspection();

    @Message("{#when result}{#is 'ACCEPTED'}Accepté{#is 'QUARANTINED'}En quarantaine{#else}{result}{/when}")
    String inspection_name(String result);

    @Message("Motif de quarantaine")
    String receipt_quarantineReason();

    @Message("Obligatoire en quarantaine : certificat manquant ou douteux, dommage…")
    String receipt_quarantineReason_hint();

    @Message("Certificat")
    String receipt_certificate();

    @Message("Type de certificat")
    String receipt_certificateType();

    @Message("{#when type}{#is 'EASA_FORM_1'}EASA Form 1{#is 'FAA_8130_3'}FAA 8130-3"
            + "{#is 'CERTIFICATE_OF_CONFORMITY'}Certificat de conformité{#is 'NONE'}Aucun{#else}{type}{/when}")
    String certificate_name(String type);

    @Message("Référence du certificat")
    String receipt_certificateReference();

    @Message("N° de suivi du formulaire, par exemple F1-2026-118734 ; obligatoire sauf « Aucun »")
    String receipt_certificateReference_hint();

    @Message("Numéros de série")
    String receipt_serialNumbers();

    @Message("Un par unité reçue, un par ligne ; vide pour les pièces non sérialisées")
    String receipt_serialNumbers_hint();

    @Message("N° de lot")
    String receipt_lotNumber();

    @Message("Fin de potentiel (péremption)")
    String receipt_expiryDate();

    @Message("Pour les pièces à durée de vie limitée")
    String receipt_expiryDate_hint();

    @Message("Enregistrer la réception")
    String receive_button();

    @Message("Réceptions")
    String receipts_title();

    @Message("Rien n'a encore été reçu.")
    String receipts_none();

    @Message("Reçu le {date} par {by}")
    String receipt_heading(String date, String by);

    // ===== Shipments (Colissimo) =====

    @Message("Nouvelle expédition")
    String shipments_new();

    @Message("Statut")
    String shipment_status();

    @Message("{#when status}{#is 'CREATED'}Créée{#is 'LABEL_REQUESTED'}Étiquette demandée{#is 'LABELLED'}Étiquette prête{#is 'LABEL_FAILED'}Étiquette refusée{#is 'IN_TRANSIT'}En transit{#is 'DELIVERED'}Livrée{#is 'RETURNED'}Retournée{#is 'EXCEPTION'}Incident{#else}{status}{/when}")
    String shipment_status_name(String status);

    @Message("{#when form}{#is 'none'}Aucune expédition{#is 'one'}1 expédition{#else}{count} expéditions{/when}")
    String count_shipments(String form, String count);

    @Message("Expédition")
    String shipment_number();

    @Message("Expédition n° {id}")
    String shipment_title(long id);

    @Message("N° de colis")
    String shipment_parcelNumber();

    @Message("Référence")
    String shipment_reference();

    @Message("N° de commande ou texte libre, 30 caractères au plus")
    String shipment_reference_hint();

    @Message("Destinataire")
    String shipment_addressee();

    @Message("Créée le")
    String shipment_createdAt();

    @Message("Pour {reference}")
    String shipment_for(String reference);

    @Message("Société")
    String shipment_companyName();

    @Message("Nom")
    String shipment_lastName();

    @Message("Prénom")
    String shipment_firstName();

    @Message("Adresse (n° et voie)")
    String shipment_line2();

    @Message("Code postal")
    String shipment_zipCode();

    @Message("Ville")
    String shipment_city();

    @Message("Pays")
    String shipment_countryCode();

    @Message("Code ISO à 2 lettres, par exemple FR")
    String shipment_countryCode_hint();

    @Message("E-mail")
    String shipment_email();

    @Message("Téléphone mobile")
    String shipment_mobileNumber();

    @Message("Facultatif ; Colissimo prévient le destinataire par SMS")
    String shipment_mobileNumber_hint();

    @Message("Colis")
    String shipment_parcel();

    @Message("Poids (kg)")
    String shipment_weightKg();

    @Message("30 kg au plus, par exemple 2,5")
    String shipment_weightKg_hint();

    @Message("Valeur assurée (€)")
    String shipment_insuranceValue();

    @Message("Facultatif : sans valeur, pas d'assurance ad valorem")
    String shipment_insuranceValue_hint();

    @Message("Service Colissimo")
    String shipment_productCode();

    @Message("{#when code}{#is 'DOM'}Domicile sans signature (DOM){#is 'DOS'}Domicile avec signature (DOS){#is 'BPR'}Bureau de poste (BPR){#is 'A2P'}Point relais (A2P){#is 'CMT'}Commerce de proximité (CMT){#is 'COM'}Outre-mer sans signature (COM){#is 'CDS'}Outre-mer avec signature (CDS){#is 'COLI'}International Expert (COLI){#is 'CORE'}Retour France (CORE){#is 'CORI'}Retour international (CORI){#else}{code}{/when}")
    String product_name(String code);

    @Message("Format de l'étiquette")
    String shipment_labelFormat();

    @Message("{#when format}{#is 'PDF_10x15_300dpi'}PDF 10×15 (imprimante de bureau){#is 'ZPL_10x15_203dpi'}ZPL 10×15 (imprimante thermique){#else}{format}{/when}")
    String label_format_name(String format);

    @Message("Créer l'expédition et son étiquette")
    String shipment_create_button();

    @Message("{#when done}{#is 'created'}L'expédition a été créée et son étiquette est prête.{#is 'labelled'}L'étiquette est prête.{#is 'label-failed'}L'expédition est enregistrée mais l'étiquette n'a pas pu être obtenue : voir ci-dessous.{#else}{done}{/when}")
    String shipment_done(String done);

    @Message("Dernière erreur")
    String shipment_lastError();

    @Message("Télécharger l'étiquette ({kind})")
    String shipment_label_download(String kind);

    @Message("Redemander l'étiquette")
    String shipment_label_retry();

    @Message("Ouvrez le fichier téléchargé pour imprimer l'étiquette ; téléchargez-le de nouveau pour la réimprimer.")
    String shipment_label_hint();

    @Message("Suivi du colis")
    String shipment_timeline();

    @Message("Pas encore d'événement de suivi.")
    String shipment_timeline_none();

    @Message("Dernière consultation du suivi : {when}")
    String shipment_lastTrackedAt(String when);
}
