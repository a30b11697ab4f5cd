package com.repaero.gateway.console;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The accounting screens' texts (bills, payment batches, bank statements): French here (the default), English in {@code messages/acc_en.properties}; templates use {@code acc:}. A
 * bundle of its own, since Quarkus 3.29 generates broken code for a bundle of more than 300 messages
 * ({@code ConsoleMessagesTest} keeps each bundle under that).
 */
@MessageBundle(value = "acc", locale = "fr")
public interface AccountingMessages {
    // ===== Vendor bills =====

    @Message("Saisir une facture")
    String bills_new();

    @Message("{#when state}{#is 'RECEIVED'}Saisie{#is 'MATCHED'}Rapprochée{#is 'DISCREPANCY'}Écarts{#is 'APPROVED'}Approuvée{#is 'IN_PAYMENT'}En paiement{#is 'PARTLY_PAID'}Payée en partie{#is 'PAID'}Payée{#else}{state}{/when}")
    String bill_state(String state);

    @Message("{#when form}{#is 'none'}Aucune facture{#is 'one'}1 facture{#else}{count} factures{/when}")
    String count_bills(String form, String count);

    @Message("N° de facture")
    String bill_invoiceNumber();

    @Message("Le numéro du fournisseur, par exemple FA-2026-00318")
    String bill_invoiceNumber_hint();

    @Message("Date de facture")
    String bill_invoiceDate();

    @Message("Échéance")
    String bill_dueDate();

    @Message("Facultatif : calculée d'après les conditions de paiement du fournisseur")
    String bill_dueDate_hint();

    @Message("Montant de TVA (€)")
    String bill_vatAmount();

    @Message("Montant HT")
    String bill_net();

    @Message("Montant TTC")
    String bill_total();

    @Message("Écarts")
    String bill_discrepancies();

    @Message("Saisie le")
    String bill_createdAt();

    @Message("Approuvée le")
    String bill_approvedAt();

    @Message("Facture {number}")
    String bill_title(String number);

    @Message("Commande {order} — {supplier}")
    String bill_for(String order, String supplier);

    @Message("Le numéro de la commande facturée, par exemple PO-2026-0042")
    String bill_order_hint();

    @Message("Aucune commande ne porte ce numéro.")
    String bill_order_none();

    @Message("Plusieurs commandes correspondent ; choisissez-en une :")
    String bill_order_choose();

    @Message("Lignes facturées")
    String bill_lines();

    @Message("Proposées d'après la commande et ce qui a été reçu ; videz la quantité d'une ligne non facturée.")
    String bill_lines_hint();

    @Message("Ligne {label}")
    String bill_ordered_line(String label);

    @Message("Frais non commandés ({n})")
    String bill_extra_line(int n);

    @Message("Port, emballage… laissez vide si aucun")
    String bill_extra_hint();

    @Message("Ajouter des frais")
    String bill_add_charge();

    @Message("Enregistrer et rapprocher")
    String bill_enter_button();

    @Message("{#when done}{#is 'entered'}La facture a été enregistrée et rapprochée de la commande.{#is 'approved'}La facture a été approuvée pour paiement.{#is 'matched'}La facture a été rapprochée de nouveau.{#else}{done}{/when}")
    String bill_done(String done);

    @Message("Rapprochement commande / réception / facture")
    String bill_match_title();

    @Message("Pas encore rapprochée.")
    String bill_match_pending();

    @Message("Conforme : la facture correspond à la commande et aux réceptions.")
    String bill_match_ok();

    @Message("{count} écart(s) trouvé(s) :")
    String bill_match_discrepancies(int count);

    @Message("{#when kind}{#is 'QUANTITY_BILLED_NOT_RECEIVED'}Quantité facturée non reçue (ou refusée au contrôle){#is 'PRICE_DIFFERENT'}Prix unitaire différent de la commande{#is 'LINE_NOT_ORDERED'}Ligne non commandée{#is 'AMOUNT_DIFFERENT'}Montant différent de la commande{#else}{kind}{/when}")
    String discrepancy_kind(String kind);

    @Message("attendu {expected}, facturé {actual}")
    String discrepancy_values(String expected, String actual);

    @Message("Ligne de commande")
    String bill_line_ordered();

    @Message("Motif de l'approbation malgré les écarts")
    String bill_approval_reason();

    @Message("Réservé à l'administrateur, par exemple « Hausse de prix acceptée par téléphone le 20/11 »")
    String bill_approval_reason_hint();

    @Message("Approuver pour paiement")
    String bill_approve();

    @Message("Rapprocher de nouveau")
    String bill_rematch();

    // ===== Payment batches (SEPA) =====

    @Message("Nouveau lot de paiement")
    String batches_new();

    @Message("N° de lot")
    String batch_number();

    @Message("Lot de paiement n° {id}")
    String batch_title(long id);

    @Message("Ouvrir le lot")
    String batch_open();

    @Message("Le service ne liste pas encore les lots : ouvrez un lot par son numéro.")
    String batches_not_listed();

    @Message("{#when form}{#is 'none'}Aucun lot{#is 'one'}1 lot{#else}{count} lots{/when}")
    String count_batches(String form, String count);

    @Message("Identifiant du fichier")
    String batch_messageId();

    @Message("{#when state}{#is 'CREATED'}Prêt à envoyer{#is 'SENT'}Envoyé à la banque{#else}{state}{/when}")
    String batch_state(String state);

    @Message("Date d'exécution demandée")
    String batch_executionDate();

    @Message("Aujourd'hui ou plus tard")
    String batch_executionDate_hint();

    @Message("Virements")
    String batch_count();

    @Message("Montant total")
    String batch_total();

    @Message("Créé le")
    String batch_createdAt();

    @Message("Envoyé le")
    String batch_sentAt();

    @Message("Factures à payer")
    String batch_bills();

    @Message("Factures approuvées (total {total}) ; décochez celles à ne pas payer maintenant.")
    String batch_bills_hint(String total);

    @Message("Aucune facture approuvée n'attend de paiement.")
    String batch_no_bill();

    @Message("Créer le lot (fichier pain.001)")
    String batch_create_button();

    @Message("{#when done}{#is 'created'}Le lot a été créé ; vérifiez-le puis envoyez-le à la banque.{#is 'already'}Ce formulaire avait déjà créé ce lot : rien n'a été créé en double.{#is 'sent'}Le lot a été envoyé à la banque.{#else}{done}{/when}")
    String batch_done(String done);

    @Message("Télécharger le fichier pain.001")
    String batch_download();

    @Message("Envoyer à la banque")
    String batch_send();

    @Message("Virements")
    String batch_payments();

    @Message("Référence de bout en bout")
    String batch_endToEndId();

    @Message("Montant")
    String batch_amount();

    @Message("Payé")
    String batch_paid();

    @Message("{#when state}{#is 'PENDING'}En attente{#is 'SENT'}Envoyé{#is 'PARTLY_PAID'}Payé en partie{#is 'PAID'}Payé{#else}{state}{/when}")
    String payment_state(String state);

    // ===== Bank statements (camt.053) =====

    @Message("Importer un relevé")
    String statement_upload_title();

    @Message("Relevé camt.053 (XML)")
    String statement_file();

    @Message("Le fichier XML reçu de la banque ; un relevé déjà importé n'est pas importé deux fois.")
    String statement_file_hint();

    @Message("Importer et rapprocher")
    String statement_upload_button();

    @Message("Relevés importés")
    String statements_imported();

    @Message("N° de relevé")
    String statement_number();

    @Message("Relevé n° {id}")
    String statement_title(long id);

    @Message("Ouvrir le relevé")
    String statement_open();

    @Message("Le service ne liste pas encore les relevés : ouvrez un relevé par son numéro.")
    String statements_not_listed();

    @Message("{#when form}{#is 'none'}Aucun relevé{#is 'one'}1 relevé{#else}{count} relevés{/when}")
    String count_statements(String form, String count);

    @Message("Identifiant bancaire")
    String statement_ref();

    @Message("IBAN")
    String statement_iban();

    @Message("Lignes")
    String statement_lines();

    @Message("Rapprochées")
    String statement_matched();

    @Message("Non rapprochées")
    String statement_unmatched();

    @Message("Ignorées (crédits)")
    String statement_ignored();

    @Message("Importé le")
    String statement_importedAt();

    @Message("{#when done}{#is 'imported'}Le relevé a été importé et rapproché.{#is 'already'}Ce relevé avait déjà été importé : rien n'a changé.{#is 'matched'}La ligne a été rapprochée.{#else}{done}{/when}")
    String statement_done(String done);

    @Message("Lignes à rapprocher")
    String statement_unmatched_title();

    @Message("Débits qu'aucun de nos virements n'explique : choisissez la facture qu'ils règlent.")
    String statement_unmatched_hint();

    @Message("Toutes les lignes sont rapprochées.")
    String statement_all_matched();

    @Message("Ligne {n} — {amount} le {day}")
    String statement_line_title(int n, String amount, String day);

    @Message("Libellé")
    String statement_remittance();

    @Message("Référence bancaire")
    String statement_entryReference();

    @Message("Facture réglée")
    String statement_match_bill();

    @Message("Rapprocher")
    String statement_match_button();
}
