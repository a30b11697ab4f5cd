package com.repaero.gateway.console;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The customer invoicing screens' texts (invoice and quote forms, credit notes, payment allocation, customer credits):
 * French here (the default), English in {@code messages/inv_en.properties}; templates use {@code inv:}. A bundle of its
 * own, since Quarkus 3.29 generates broken code for a bundle of more than 300 messages.
 */
@MessageBundle(value = "inv", locale = "fr")
public interface InvoicingMessages {

    @Message("Devis")
    String nav_quotes();

    @Message("{#if value}Oui{#else}Non{/if}")
    String yes_no(boolean value);

    @Message("Client")
    String document_customer();

    @Message("Rechercher le client")
    String document_customer_search();

    @Message("Recherchez le client puis choisissez-le dans la liste.")
    String document_customer_pick_hint();

    @Message("choisissez le client")
    String document_customer_required();

    @Message("aucun client ne correspond à cette recherche")
    String document_customer_none();

    @Message("Catégorie d'opération")
    String document_category();

    @Message("Mention obligatoire sur la facture électronique (biens, services ou mixte)")
    String document_category_hint();

    @Message("Déduite des références pièces")
    String category_inferred();

    @Message("{#when category}{#is 'GOODS'}Livraison de biens{#is 'SERVICES'}Prestation de services{#is 'MIXED'}Opération mixte (biens et services){#else}{category}{/when}")
    String category_name(String category);

    @Message("Conditions de paiement")
    String document_paymentTerms();

    @Message("Celles du client")
    String document_paymentTerms_customer();

    @Message("Date de livraison ou de fin de prestation")
    String document_deliveryDate();

    @Message("Si elle diffère de la date d'émission")
    String document_deliveryDate_hint();

    @Message("Référence de commande du client")
    String document_buyerReference();

    @Message("Remise globale (%)")
    String document_discount();

    @Message("Notes")
    String document_notes();

    @Message("Lignes")
    String document_lines();

    @Message("Les lignes laissées vides sont ignorées. Montants en euros hors taxes.")
    String document_lines_hint();

    @Message("saisissez au moins une ligne")
    String document_lines_required();

    @Message("Ce document a été modifié par quelqu'un d'autre depuis que vous l'avez ouvert : rien n'a été enregistré. Vos saisies sont conservées ci-dessous ; ouvrez le document dans un autre onglet pour voir ses valeurs actuelles, ou enregistrez de nouveau pour les remplacer par les vôtres.")
    String document_conflict();

    @Message("Enregistrer le brouillon")
    String document_save_button();

    @Message("Désignation")
    String line_description();

    @Message("Référence pièce")
    String line_partNumber();

    @Message("Quantité")
    String line_quantity();

    @Message("Prix unitaire HT (€)")
    String line_unitPrice();

    @Message("Par exemple 1 250,50")
    String line_unitPrice_hint();

    @Message("Taux de TVA")
    String line_vatRate();

    @Message("{#when rate}{#is '5.5'}5,5 %{#is '2.1'}2,1 %{#else}{rate} %{/when}")
    String vat_rate_name(String rate);

    @Message("Motif d'exonération de TVA")
    String line_vatExemptionReason();

    @Message("Obligatoire à 0 %, par exemple « Exonération de TVA, article 262 ter I du CGI »")
    String line_vatExemptionReason_hint();

    @Message("Remise (%)")
    String line_discount();

    @Message("Nouvelle facture")
    String invoice_new();

    @Message("Créer le brouillon")
    String invoice_create_button();

    @Message("Modifier le brouillon de facture")
    String invoice_edit();

    @Message("Modifier le brouillon")
    String invoice_edit_link();

    @Message("{#when done}{#is 'created'}Brouillon de facture créé : vérifiez-le puis émettez-le.{#is 'saved'}Brouillon enregistré.{#is 'credit-note'}Brouillon d'avoir créé : vérifiez-le puis émettez-le.{#is 'from-quote'}Brouillon de facture créé depuis le devis.{#else}{/when}")
    String invoice_done(String done);

    @Message("Devis")
    String invoice_quote();

    @Message("Voir le devis")
    String invoice_quote_link();

    @Message("TVA sur les débits")
    String invoice_vatOnDebits();

    @Message("Brouillon d'avoir")
    String credit_note_draft();

    @Message("Avoir de la facture")
    String credit_of();

    @Message("Créer un avoir")
    String credit_create_link();

    @Message("Avoir sur la facture {number}")
    String credit_title(String number);

    @Message("Motif de l'avoir")
    String credit_reason();

    @Message("Imprimé sur l'avoir, par exemple « Pièce retournée »")
    String credit_reason_hint();

    @Message("indiquez le motif de l'avoir")
    String credit_reason_required();

    @Message("Quantités à créditer")
    String credit_lines();

    @Message("Toute la facture par défaut ; mettez 0 pour une ligne à ne pas créditer.")
    String credit_lines_hint();

    @Message("Ligne {n} — {description} (facturé : {quantity})")
    String credit_line_label(int n, String description, String quantity);

    @Message("Indiquez au moins une quantité à créditer.")
    String credit_nothing();

    @Message("Créer le brouillon d'avoir")
    String credit_create_button();

    @Message("Nouveau devis")
    String quote_new();

    @Message("Créer le devis")
    String quote_create_button();

    @Message("Modifier le devis")
    String quote_edit();

    @Message("Modifier")
    String quote_edit_link();

    @Message("Devis {number}")
    String quote_title(String number);

    @Message("N° de devis")
    String quote_number();

    @Message("Client")
    String quote_customer();

    @Message("État")
    String quote_state();

    @Message("Tous")
    String quote_state_all();

    @Message("{#when state}{#is 'DRAFT'}Brouillon{#is 'SENT'}Envoyé{#is 'ACCEPTED'}Accepté{#is 'REFUSED'}Refusé{#is 'EXPIRED'}Expiré{#else}{state}{/when}")
    String quote_state_name(String state);

    @Message("Filtrer")
    String quote_filter_button();

    @Message("Valable jusqu'au")
    String quote_validUntil();

    @Message("Total TTC")
    String quote_total();

    @Message("{#when form}{#is 'none'}Aucun devis{#is 'one'}1 devis{#else}{count} devis{/when}")
    String count_quotes(String form, String count);

    @Message("Marquer comme envoyé")
    String quote_send_button();

    @Message("Accepté par le client")
    String quote_accept_button();

    @Message("Refusé par le client")
    String quote_refuse_button();

    @Message("Facturer")
    String quote_invoice_button();

    @Message("Voir la facture")
    String quote_invoice_link();

    @Message("{#when done}{#is 'created'}Devis créé.{#is 'saved'}Devis enregistré.{#is 'send'}Devis marqué comme envoyé.{#is 'accept'}Acceptation enregistrée.{#is 'refuse'}Refus enregistré.{#else}{/when}")
    String quote_done(String done);

    @Message("Ce devis n'existe pas.")
    String quote_not_found();

    @Message("Cette ligne de relevé n'existe pas.")
    String line_not_found();

    @Message("Affecter un encaissement")
    String allocation_title();

    @Message("Affecter")
    String allocation_link();

    @Message("Factures ouvertes de {customer}")
    String allocation_invoices(String customer);

    @Message("Choisir un autre client")
    String allocation_change_customer();

    @Message("Ce client n'a aucune facture ouverte.")
    String allocation_no_invoice();

    @Message("Montants proposés en commençant par la facture la plus ancienne ; modifiez-les si besoin.")
    String allocation_hint();

    @Message("Montant affecté")
    String allocation_amount();

    @Message("Montant affecté à {number}")
    String allocation_amount_for(String number);

    @Message("Total affecté")
    String allocation_allocated();

    @Message("Reste en avoir client")
    String allocation_credit();

    @Message("Ce qui n'est affecté à aucune facture devient un crédit du client, utilisable sur une facture ultérieure.")
    String allocation_credit_hint();

    @Message("Affecter l'encaissement")
    String allocation_button();

    @Message("Affectez un montant à au moins une facture.")
    String allocation_nothing();

    @Message("Le total affecté dépasse le montant de l'encaissement ({amount}).")
    String allocation_exceeds_line(String amount);

    @Message("Encaissement affecté.")
    String allocation_done();

    @Message("Crédits du client")
    String credits_title();

    @Message("Aucun crédit.")
    String credits_none();

    @Message("Montant")
    String credit_amount();

    @Message("Reste")
    String credit_remaining();

    @Message("Date")
    String credit_created();

    @Message("Facture")
    String credit_apply_invoice();

    @Message("Facture sur laquelle utiliser le crédit du {date}")
    String credit_apply_invoice_for(String date);

    @Message("Montant à utiliser (crédit du {date})")
    String credit_apply_amount_for(String date);

    @Message("Vide : tout ce que la facture doit, dans la limite du crédit")
    String credit_apply_amount_hint();

    @Message("Utiliser sur une facture")
    String credit_apply_button();

    @Message("Aucune facture ouverte sur laquelle l'utiliser.")
    String credit_no_open_invoice();

    @Message("Crédit utilisé sur la facture.")
    String credit_applied();

    @Message("{#when code}{#is 'amount-exceeds-credit'}Le montant dépasse ce qui reste de ce crédit.{#is 'credit-used-up'}Ce crédit est entièrement utilisé.{#is 'amount-exceeds-outstanding'}Le montant dépasse ce que la facture doit encore.{#is 'invoice-already-paid'}Cette facture est déjà payée.{#is 'invoice-not-payable'}Cette facture ne peut pas être payée ainsi (brouillon ou avoir).{#is 'credit-customer-mismatch'}Cette facture est celle d'un autre client.{#else}{/when}")
    String credit_problem(String code);
}
