package com.repaero.gateway.console;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The customer and CRM screens' texts: French here (the default), English in {@code messages/cust_en.properties};
 * templates use {@code cust:}. A bundle of its own, since Quarkus 3.29 generates broken code for a bundle of more than
 * 300 messages ({@code ConsoleMessagesTest} keeps each bundle under that).
 */
@MessageBundle(value = "cust", locale = "fr")
public interface CustomerMessages {

    @Message("Clients")
    String nav_customers();

    @Message("Pipeline")
    String nav_pipeline();

    @Message("Mes activités")
    String nav_activities();

    @Message("Nouveau client")
    String customers_new();

    @Message("Rechercher un client")
    String customers_search_label();

    @Message("Raison sociale, contact, ou SIREN, n° de TVA, e-mail exacts")
    String customers_search_hint();

    @Message("Rechercher")
    String customers_search_button();

    @Message("{#when form}{#is 'none'}Aucun client{#is 'one'}1 client{#else}{count} clients{/when}")
    String count_customers(String form, String count);

    @Message("Raison sociale")
    String customer_legalName();

    @Message("SIREN")
    String customer_siren();

    @Message("9 chiffres ; obligatoire pour une société française")
    String customer_siren_hint();

    @Message("SIRET")
    String customer_siret();

    @Message("N° de TVA intracommunautaire")
    String customer_vatNumber();

    @Message("Par exemple FR44732829320")
    String customer_vatNumber_hint();

    @Message("Pays (code ISO)")
    String customer_country();

    @Message("E-mail")
    String customer_email();

    @Message("Téléphone")
    String customer_phone();

    @Message("Format international, par exemple +33561000000")
    String customer_phone_hint();

    @Message("Ville")
    String customer_city();

    @Message("Adresse de facturation")
    String customer_billing();

    @Message("Adresse de livraison")
    String customer_delivery();

    @Message("Contacts")
    String customer_contacts();

    @Message("Aucun contact")
    String customer_no_contacts();

    @Message("Opportunités")
    String customer_opportunities();

    @Message("Aucune opportunité")
    String customer_no_opportunities();

    @Message("Archivé")
    String customer_archived();

    @Message("Client enregistré.")
    String customer_created();

    @Message("Enregistrer le client")
    String customer_create_button();

    @Message("Ce client n'existe pas.")
    String customer_not_found();

    @Message("Clé Access")
    String customer_legacyKey();

    @Message("Notes")
    String customer_notes();

    @Message("Adresse")
    String address_line1();

    @Message("Complément d'adresse")
    String address_line2();

    @Message("Code postal")
    String address_postalCode();

    @Message("Ville")
    String address_city();

    @Message("Nom")
    String contact_name();

    @Message("Fonction")
    String contact_role();

    @Message("Mobile")
    String contact_mobile();

    @Message("Intitulé")
    String opportunity_title();

    @Message("Client")
    String opportunity_customer();

    @Message("Montant")
    String opportunity_amount();

    @Message("Clôture prévue")
    String opportunity_close();

    @Message("Responsable")
    String opportunity_owner();

    @Message("Urgent / AOG")
    String opportunity_urgent();

    @Message("Total : {total} ({count})")
    String pipeline_total(String total, long count);

    @Message("Ouvert : {count} opportunités, {total}, pondéré {weighted}")
    String pipeline_open(long count, String total, String weighted);

    @Message("Aucune opportunité")
    String pipeline_empty();

    @Message("Déplacer vers")
    String pipeline_move_to();

    @Message("Déplacer")
    String pipeline_move_button();

    @Message("Opportunité déplacée.")
    String pipeline_moved();

    @Message("Sur ordinateur ou tablette, vous pouvez aussi glisser une carte d'une colonne à l'autre.")
    String pipeline_drag_hint();

    @Message("gagnée")
    String pipeline_won();

    @Message("perdue")
    String pipeline_lost();

    @Message("{#when type}{#is 'CALL'}Appel{#is 'EMAIL'}E-mail{#is 'MEETING'}Rendez-vous{#is 'TASK'}Tâche{#else}{type}{/when}")
    String activity_type(String type);

    @Message("Objet")
    String activity_subject();

    @Message("Échéance")
    String activity_due();

    @Message("En retard")
    String activity_overdue();

    @Message("Marquer comme faite")
    String activity_done_button();

    @Message("Activité faite.")
    String activity_done();

    @Message("Aucune activité ouverte.")
    String activities_none();

    @Message("Rendez-vous")
    String nav_appointments();

    @Message("Semaine du {day}")
    String appointments_week(String day);

    @Message("Semaine précédente")
    String appointments_previous();

    @Message("Semaine suivante")
    String appointments_next();

    @Message("Aucun rendez-vous")
    String appointments_none_day();

    @Message("AOG")
    String appointment_aog();

    @Message("{#when status}{#is 'PENDING'}À confirmer{#is 'CONFIRMED'}Confirmé{#is 'CANCELLED'}Annulé{#is 'EXPIRED'}Expiré{#else}{status}{/when}")
    String appointment_status(String status);

    @Message("Référence")
    String appointment_reference();

    @Message("Prestation")
    String appointment_type();

    @Message("Date et heure")
    String appointment_when();

    @Message("Contact")
    String appointment_contact();

    @Message("Société")
    String appointment_company();

    @Message("Message")
    String appointment_message();

    @Message("Motif de l'annulation")
    String appointment_reason();

    @Message("Annuler le rendez-vous")
    String appointment_cancel_button();

    @Message("Rendez-vous annulé ; le client est prévenu par e-mail.")
    String appointment_cancelled();

    @Message("Ce rendez-vous n'existe pas.")
    String appointment_not_found();

    @Message("Opportunité")
    String appointment_crm();

    @Message("État")
    String appointment_state();

    @Message("Factures clients")
    String nav_invoices();

    @Message("Encaissements")
    String nav_receipts();

    @Message("{#when form}{#is 'none'}Aucune facture{#is 'one'}1 facture{#else}{count} factures{/when}")
    String count_invoices(String form, String count);

    @Message("N°")
    String invoice_number();

    @Message("Brouillon")
    String invoice_draft();

    @Message("Client")
    String invoice_buyer();

    @Message("Date")
    String invoice_issueDate();

    @Message("Échéance")
    String invoice_dueDate();

    @Message("Total TTC")
    String invoice_total();

    @Message("Reste dû")
    String invoice_outstanding();

    @Message("Déjà payé")
    String invoice_paid();

    @Message("Paiement")
    String invoice_payment();

    @Message("Tous")
    String invoice_payment_all();

    @Message("Filtrer")
    String invoice_filter_button();

    @Message("{#when status}{#is 'UNPAID'}Non payée{#is 'PARTLY_PAID'}Payée en partie{#is 'PAID'}Payée{#is 'OVERDUE'}En retard{#else}—{/when}")
    String payment_status(String status);

    @Message("{#if credit}Avoir{#else}Facture{/if} {number}")
    String invoice_title(boolean credit, String number);

    @Message("Ligne")
    String invoice_line();

    @Message("Désignation")
    String invoice_description();

    @Message("Quantité")
    String invoice_quantity();

    @Message("Prix unitaire HT")
    String invoice_unitPrice();

    @Message("TVA (%)")
    String invoice_vatRate();

    @Message("Montant HT")
    String invoice_net();

    @Message("Total HT des lignes")
    String invoice_linesNet();

    @Message("Base HT")
    String invoice_taxBasis();

    @Message("TVA")
    String invoice_vatTotal();

    @Message("Émettre la facture")
    String invoice_issue_button();

    @Message("Facture émise.")
    String invoice_issued();

    @Message("Télécharger le PDF")
    String invoice_pdf();

    @Message("Cette facture n'existe pas.")
    String invoice_not_found();

    @Message("Importer un relevé camt.053")
    String receipts_upload_title();

    @Message("Importer le relevé")
    String receipts_upload_button();

    @Message("Relevé {ref} : {lines} lignes, {matched} rapprochées, {unmatched} à rapprocher, {ignored} ignorées.")
    String receipts_imported(String ref, int lines, long matched, long unmatched, long ignored);

    @Message("Encaissements à rapprocher")
    String receipts_unmatched();

    @Message("Aucune ligne à rapprocher.")
    String receipts_none();

    @Message("Date")
    String receipt_date();

    @Message("Montant")
    String receipt_amount();

    @Message("Libellé")
    String receipt_remittance();

    @Message("Référence de bout en bout")
    String receipt_reference();

    @Message("Import Access")
    String nav_access_import();

    @Message("Import de la base clients Access")
    String access_title();

    @Message("Le fichier est d'abord lu sans rien enregistrer : vous voyez ce qui serait créé, mis à jour ou rejeté, puis vous confirmez.")
    String access_upload_hint();

    @Message("Base Access (.accdb ou .mdb)")
    String access_file();

    @Message("L'export de la base du secrétariat")
    String access_file_hint();

    @Message("{#when section}{#is 'customers'}Clients{#is 'contacts'}Contacts{#else}Historique des échanges{/when}")
    String access_section(String section);

    @Message("Conditions de paiement")
    String customer_paymentTerms();

    @Message("Non précisées (30 jours)")
    String customer_paymentTerms_none();

    @Message("{#when terms}{#is 'ON_RECEIPT'}À réception{#is 'DAYS_30'}30 jours date de facture{#is 'DAYS_30_END_OF_MONTH'}30 jours fin de mois{#is 'DAYS_45'}45 jours date de facture{#is 'DAYS_45_END_OF_MONTH'}45 jours fin de mois{#is 'DAYS_60'}60 jours date de facture{#else}{terms}{/when}")
    String payment_terms_name(String terms);

    @Message("Modifier")
    String customer_edit_link();

    @Message("Modifier {name}")
    String customer_edit_title(String name);

    @Message("Enregistrer les modifications")
    String customer_save_button();

    @Message("{#when done}{#is 'updated'}Modifications enregistrées.{#is 'archived'}Client archivé.{#is 'restored'}Client restauré.{#is 'contact-added'}Contact ajouté.{#is 'credit-applied'}Crédit utilisé sur la facture.{#is 'created'}Client enregistré.{#else}{/when}")
    String customer_done(String done);

    @Message("Quelqu'un d'autre a modifié ce client pendant que vous le modifiiez : rien n'a été enregistré. Le formulaire montre maintenant les valeurs actuelles ; vos saisies sont rappelées ci-dessous, reportez celles à garder puis enregistrez.")
    String customer_conflict();

    @Message("Vos saisies non enregistrées")
    String customer_conflict_yours();

    @Message("Ajouter un contact")
    String contact_add_title();

    @Message("Ajouter le contact")
    String contact_add_button();

    @Message("Ce client a été modifié entre-temps : le contact n'a pas été ajouté. La fiche montre les valeurs actuelles ; envoyez de nouveau le contact.")
    String contact_conflict();

    @Message("Archiver")
    String customer_archive_link();

    @Message("Archiver {name} ?")
    String customer_archive_title(String name);

    @Message("Le client quitte les listes mais reste consultable avec ses factures et son historique ; il peut être restauré à tout moment.")
    String customer_archive_explain();

    @Message("Oui, archiver ce client")
    String customer_archive_confirm();

    @Message("Restaurer le client")
    String customer_restore_button();

    @Message("Ce client a été modifié entre-temps : vérifiez ses valeurs actuelles puis confirmez de nouveau.")
    String customer_changed_confirm_again();
}
