package com.repaero.gateway.console;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** The console's texts: French here (the default), English in {@code messages/msg_en.properties}. */
@MessageBundle(value = "msg", locale = "fr")
public interface ConsoleMessages {

    @Message("Rep'Aero — console")
    String app_title();

    @Message("Aller au contenu")
    String skip_to_content();

    @Message("Navigation principale")
    String nav_label();

    @Message("Accueil")
    String nav_home();

    @Message("Fournisseurs")
    String nav_suppliers();

    @Message("Se déconnecter")
    String logout();

    @Message("English")
    String other_language();

    @Message("en")
    String other_language_code();

    @Message("Bonjour {name}")
    String home_greeting(String name);

    @Message("Identifiant : {username}")
    String home_username(String username);

    @Message("Vos rôles")
    String home_roles();

    @Message("Aucun rôle")
    String home_no_role();

    @Message("Services de la plateforme")
    String home_services();

    @Message("La plateforme fonctionne en phase {phase}.")
    String home_phase(int phase);

    @Message("En service")
    String home_live();

    @Message("Arrive en phase {phase}")
    String home_arrives(int phase);

    @Message("{#when role}{#is 'admin'}Administration{#is 'purchasing'}Achats{#is 'sales'}Ventes"
            + "{#is 'accounting'}Comptabilité{#is 'team-lead'}Chef d'équipe{#is 'technician'}Technicien"
            + "{#is 'storekeeper'}Magasin{#else}{role}{/when}")
    String role_name(String role);

    @Message("{#when service}{#is 'supplier'}Fournisseurs{#is 'customer'}Clients{#is 'production'}Production"
            + "{#is 'stock'}Stock{#is 'resource'}Ressources{#else}{service}{/when}")
    String service_name(String service);

    @Message("Rechercher un fournisseur")
    String suppliers_search_label();

    @Message("Raison sociale ou SIREN")
    String suppliers_search_hint();

    @Message("Rechercher")
    String suppliers_search_button();

    @Message("Nouveau fournisseur")
    String suppliers_new();

    @Message("Aucun fournisseur")
    String suppliers_count_none();

    @Message("1 fournisseur")
    String suppliers_count_one();

    @Message("{count} fournisseurs")
    String suppliers_count_many(String count);

    @Message("Page {page} sur {pages}")
    String page_of(int page, int pages);

    @Message("Pagination")
    String pagination();

    @Message("Page précédente")
    String page_previous();

    @Message("Page suivante")
    String page_next();

    @Message("Raison sociale")
    String supplier_legalName();

    @Message("SIREN")
    String supplier_siren();

    @Message("N° de TVA intracommunautaire")
    String supplier_vatNumber();

    @Message("E-mail")
    String supplier_email();

    @Message("Créé le")
    String supplier_createdAt();

    @Message("Créé par")
    String supplier_createdBy();

    @Message("9 chiffres, par exemple 732829320")
    String supplier_siren_hint();

    @Message("Facultatif, par exemple FR44732829320")
    String supplier_vatNumber_hint();

    @Message("Facultatif")
    String optional();

    @Message("obligatoire")
    String required();

    @Message("Enregistrer le fournisseur")
    String supplier_create_button();

    @Message("Annuler")
    String cancel();

    @Message("Le formulaire contient {count} erreur(s) :")
    String form_errors(int count);

    @Message("Le fournisseur a été créé.")
    String supplier_created();

    @Message("Fournisseur n° {id}")
    String supplier_number(long id);

    @Message("Retour à la liste")
    String back_to_list();

    @Message("Accès refusé")
    String forbidden_title();

    @Message("Vos rôles ne donnent pas accès à cet écran.")
    String forbidden_role();

    @Message("La console est réservée aux personnes connectées. Les systèmes partenaires utilisent l'API (/api) avec leur jeton.")
    String forbidden_people_only();

    @Message("Cette requête ne vient pas de la console : elle a été refusée.")
    String forbidden_cross_site();

    @Message("Introuvable")
    String not_found_title();

    @Message("Ce fournisseur n'existe pas.")
    String supplier_not_found();

    @Message("Service indisponible")
    String unavailable_title();

    @Message("Le service ne répond pas pour le moment : réessayez dans quelques instants.")
    String unavailable_text();

    @Message("Cet écran arrive avec la phase {phase} du déploiement : il n'est pas encore en service.")
    String unavailable_phase(int phase);

    @Message("Vous êtes déconnecté")
    String signed_out_title();

    @Message("Votre session Rep'Aero est fermée.")
    String signed_out_text();

    @Message("Se reconnecter")
    String sign_in_again();

    // ===== Phase-1 screens: shared texts (navigation, forms, problems) =====

    @Message("Commandes")
    String nav_orders();

    @Message("Expéditions")
    String nav_shipments();

    @Message("Factures")
    String nav_bills();

    @Message("Paiements")
    String nav_payments();

    @Message("Relevés")
    String nav_statements();

    @Message("Migration")
    String nav_migration();

    @Message("Filtres")
    String filters();

    @Message("Filtrer")
    String filter_button();

    @Message("retirer ce filtre")
    String filter_remove();

    @Message("Tous les états")
    String all_states();

    @Message("Actions")
    String actions();

    @Message("en retard")
    String late();

    @Message("N°")
    String line_no();

    @Message("Ligne {n}")
    String line_number(int n);

    @Message("Ligne {n} — {field}")
    String line_field(int n, String field);

    @Message("Ajouter une ligne")
    String line_add();

    @Message("Retirer la ligne {n}")
    String line_remove(int n);

    @Message("doit être un nombre, par exemple 1 250,50")
    String invalid_number();

    @Message("doit être une date, par exemple 15/12/2026")
    String invalid_date();

    @Message("Le service a refusé la demande (HTTP {status}).")
    String problem_refused(int status);

    @Message("{#when code}"
            + "{#is 'stale-version'}Quelqu'un d'autre l'a modifié entre-temps : la page montre maintenant la dernière version, vérifiez puis recommencez."
            + "{#is 'precondition-required'}La version lue manque : rechargez la page puis recommencez."
            + "{#is 'invalid-transition'}Cette action n'est plus possible dans l'état actuel."
            + "{#is 'forbidden'}Vos rôles ne permettent pas cette opération."
            + "{#is 'supplier-not-approved'}Ce fournisseur n'est pas agréé : seul un administrateur peut lui envoyer une commande, en donnant un motif de dérogation."
            + "{#is 'unknown-supplier'}Ce fournisseur n'existe pas."
            + "{#is 'order-without-lines'}La commande n'a aucune ligne."
            + "{#is 'order-not-editable'}La commande n'est plus modifiable."
            + "{#is 'order-not-receivable'}Cette commande ne peut pas être réceptionnée dans son état actuel."
            + "{#is 'over-delivery'}La quantité dépasse le reste à recevoir (tolérance comprise)."
            + "{#is 'duplicate-serial'}Un numéro de série apparaît deux fois."
            + "{#is 'unknown-order-line'}Cette ligne n'appartient pas à la commande."
            + "{#is 'unknown-order'}Cette commande n'existe pas."
            + "{#is 'order-not-billable'}Une commande en brouillon ou annulée ne peut pas être facturée."
            + "{#is 'duplicate-invoice-number'}Ce numéro de facture a déjà été saisi pour ce fournisseur."
            + "{#is 'due-date-required'}Ce fournisseur n'a pas de conditions de paiement : indiquez l'échéance."
            + "{#is 'due-before-invoice'}L'échéance est antérieure à la date de facture."
            + "{#is 'bill-has-discrepancies'}Cette facture présente des écarts : seul un administrateur peut l'approuver, en donnant un motif."
            + "{#is 'bill-not-approved'}Seules les factures approuvées peuvent être payées."
            + "{#is 'bill-already-in-batch'}Une des factures est déjà dans un lot de paiement."
            + "{#is 'duplicate-bill'}Une facture apparaît deux fois."
            + "{#is 'unknown-bill'}Une des factures n'existe pas."
            + "{#is 'supplier-without-default-account'}Un fournisseur n'a pas de compte bancaire par défaut."
            + "{#is 'supplier-without-billing-address'}Un fournisseur n'a pas d'adresse de facturation."
            + "{#is 'idempotency-key-reused'}Ce formulaire a déjà servi pour une autre demande : rechargez-le."
            + "{#is 'idempotency-key-in-use'}Ce lot est déjà en cours de création : consultez la liste des lots dans un instant."
            + "{#is 'batch-already-sent'}Ce lot a déjà été envoyé à la banque : un fichier n'est jamais envoyé deux fois."
            + "{#is 'bank-refused'}La banque a refusé le fichier ; rien n'a changé, vous pouvez le renvoyer."
            + "{#is 'bank-unavailable'}La banque ne répond pas ; rien n'a changé, réessayez plus tard."
            + "{#is 'unreadable-statement'}Ce fichier n'est pas un relevé camt.053 lisible."
            + "{#is 'statement-import-in-progress'}Ce relevé est déjà en cours d'import : réessayez dans un instant."
            + "{#is 'line-not-unmatched'}Cette ligne est déjà rapprochée."
            + "{#is 'currency-not-eur'}Seules les lignes en euros règlent nos virements SEPA."
            + "{#is 'bill-not-in-payment'}Cette facture n'est dans aucun lot de paiement envoyé."
            + "{#is 'bill-already-paid'}Cette facture est déjà payée."
            + "{#is 'amount-exceeds-remaining'}Le montant de la ligne dépasse ce qui reste dû sur cette facture."
            + "{#is 'no-label'}Cette expédition n'a pas encore d'étiquette."
            + "{#is 'label-in-progress'}L'étiquette est en cours de demande : réessayez dans un instant."
            + "{#is 'colissimo-address-refused'}Colissimo a refusé l'adresse du destinataire."
            + "{#is 'colissimo-refused'}Colissimo a refusé la demande d'étiquette."
            + "{#is 'colissimo-credentials-refused'}Colissimo a refusé nos identifiants : prévenez l'administrateur."
            + "{#is 'colissimo-unavailable'}Colissimo ne répond pas : l'expédition est enregistrée, redemandez l'étiquette plus tard."
            + "{#is 'approval-expiry-not-in-future'}L'échéance de l'agrément doit être postérieure à aujourd'hui."
            + "{#is 'duplicate-siren'}Un fournisseur avec ce SIREN existe déjà."
            + "{#else}{detail}{/when}")
    String problem(String code, String detail);

    @Message("{#when unit}{#is 'EA'}unité(s){#is 'SET'}jeu(x){#is 'KIT'}kit(s){#is 'KG'}kg{#is 'G'}g{#is 'M'}m"
            + "{#is 'CM'}cm{#is 'M2'}m²{#is 'L'}l{#is 'ML'}ml{#else}{unit}{/when}")
    String unit_name(String unit);

    @Message("Cette commande n'existe pas.")
    String order_not_found();

    @Message("Cette expédition n'existe pas.")
    String shipment_not_found();

    @Message("Cette facture n'existe pas.")
    String bill_not_found();

    @Message("Ce lot de paiement n'existe pas.")
    String batch_not_found();

    @Message("Ce relevé n'existe pas.")
    String statement_not_found();

    // ===== Suppliers: approval (supplier evaluation) =====

    @Message("Agrément")
    String approval_status();

    @Message("{#when status}{#is 'APPROVED'}Agréé{#is 'SUSPENDED'}Suspendu{#is 'NOT_APPROVED'}Non agréé{#else}{status}{/when}")
    String approval_status_name(String status);

    @Message("jusqu'au {day}")
    String approval_until_short(String day);

    @Message("Périmètre de l'agrément")
    String approval_scope();

    @Message("Obligatoire pour agréer, par exemple « Rotables ATA 32, EASA Form 1 »")
    String approval_scope_hint();

    @Message("Fin de validité")
    String approval_until();

    @Message("Obligatoire pour agréer : une date après aujourd'hui")
    String approval_until_hint();

    @Message("Motif de la décision")
    String approval_reason();

    @Message("Enregistrer la décision")
    String approval_button();

    @Message("Décision d'agrément")
    String approval_title();

    @Message("La décision d'agrément a été enregistrée.")
    String approval_recorded();

    @Message("Commandes de ce fournisseur")
    String supplier_orders();

    // ===== Shared form texts =====

    @Message("— Choisir —")
    String choose();

    @Message("choisissez-en un")
    String choose_one();

    @Message("choisissez un fichier")
    String file_required();

    // ===== Home: what needs my attention =====

    @Message("À traiter")
    String attention_title();

    @Message("Rien ne requiert votre attention pour le moment.")
    String attention_none();

    @Message("Le service Fournisseurs ne répond pas : impossible de dire ce qui est à traiter.")
    String attention_unavailable();

    @Message("{#when key}{#is 'orders-to-send'}Commandes en brouillon à envoyer{#is 'approvals-expiring'}Agréments qui expirent sous 30 jours{#is 'late-deliveries'}Commandes en retard de livraison{#is 'awaiting-delivery'}Commandes en attente de livraison{#is 'bills-discrepancy'}Factures avec écarts{#is 'bills-to-approve'}Factures rapprochées à approuver{#is 'bills-to-pay'}Factures approuvées à payer{#is 'unmatched-lines'}Lignes de relevé non rapprochées{#is 'activities-overdue'}Mes activités en retard{#is 'urgent-opportunities'}Opportunités urgentes (AOG){#is 'invoices-overdue'}Factures clients en retard de paiement{#is 'unmatched-receipts'}Encaissements à rapprocher{#else}{key}{/when}")
    String attention_item(String key);

    // ===== Migration of the legacy supplier table (admin) =====

    @Message("Import des fournisseurs existants")
    String migration_title();

    @Message("Fichier à importer")
    String migration_upload_title();

    @Message("L'export CSV de l'ancienne table (séparateur « ; », en-têtes en français). Un essai à blanc montre d'abord ce qui serait fait ; rien n'est importé avant votre confirmation.")
    String migration_upload_hint();

    @Message("Export CSV")
    String migration_file();

    @Message("UTF-8 ou Windows-1252")
    String migration_file_hint();

    @Message("Faire un essai à blanc")
    String migration_dry_run_button();

    @Message("Essai à blanc : rien n'a été importé. Vérifiez le rapport puis confirmez.")
    String migration_dry_run_done();

    @Message("Import terminé.")
    String migration_run_done();

    @Message("Le fichier confirmé n'est pas celui de l'essai à blanc : recommencez l'essai.")
    String migration_file_changed();

    @Message("Lignes lues")
    String migration_read();

    @Message("{#when outcome}{#is 'CREATED'}Créés{#is 'UPDATED'}Mis à jour{#is 'UNCHANGED'}Inchangés{#is 'REJECTED'}Rejetés{#else}{outcome}{/when}")
    String migration_outcome(String outcome);

    @Message("Résultat")
    String migration_outcome_label();

    @Message("Lignes rejetées")
    String migration_rejected_title();

    @Message("Autres lignes")
    String migration_other_title();

    @Message("Ligne")
    String migration_line();

    @Message("Code fournisseur")
    String migration_code();

    @Message("Motifs")
    String migration_reasons();

    @Message("Champs modifiés")
    String migration_changes();

    @Message("Importer pour de bon ce même fichier ? Les lignes rejetées ne le seront pas.")
    String migration_confirm_text();

    @Message("Confirmer l'import")
    String migration_confirm_button();
}
