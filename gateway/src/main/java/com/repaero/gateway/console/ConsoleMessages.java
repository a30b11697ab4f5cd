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

    @Message("Vous êtes déconnecté")
    String signed_out_title();

    @Message("Votre session Rep'Aero est fermée.")
    String signed_out_text();

    @Message("Se reconnecter")
    String sign_in_again();
}
