package com.repaero.gateway.docs;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** The API documentation page's texts: French here (the default), English in {@code messages/docs_en.properties}. */
@MessageBundle(value = "docs", locale = "fr")
public interface DocsMessages {

    @Message("Documentation de l'API")
    String title();

    @Message("Aller au contenu")
    String skip_to_content();

    @Message("Navigation")
    String nav_label();

    @Message("Console")
    String nav_console();

    @Message("English")
    String other_language();

    @Message("en")
    String other_language_code();

    @Message("Documentation de l'API")
    String console_link();

    @Message("Chaque service de la plateforme publie son API sous /api/<service>, derrière la passerelle. "
            + "La plateforme fonctionne en phase {phase} : les services des phases suivantes répondent 503.")
    String intro(int phase);

    @Message("Services")
    String services();

    @Message("Service")
    String col_service();

    @Message("Phase")
    String col_phase();

    @Message("État")
    String col_state();

    @Message("Documentation")
    String col_docs();

    @Message("{#when service}{#is 'supplier'}Fournisseurs{#is 'customer'}Clients{#is 'production'}Production"
            + "{#is 'stock'}Stock{#is 'resource'}Ressources{#else}{service}{/when}")
    String service_name(String service);

    @Message("Arrive en phase {phase}")
    String arrives(int phase);

    @Message("En service, {count} opération(s)")
    String live_operations(int count);

    @Message("En service, documentation indisponible pour le moment")
    String live_no_document();

    @Message("Opérations")
    String operations();

    @Message("Appeler l'API")
    String how_title();

    @Message("Chaque appel porte un jeton Keycloak : « Authorization: Bearer <jeton> » (identifiants client pour "
            + "les partenaires). Les rôles du jeton ouvrent les opérations indiquées.")
    String how_token();

    @Message("Les erreurs sont au format application/problem+json, avec un champ « code » stable.")
    String how_errors();

    @Message("Chaque appelant a un budget de requêtes ; au-delà, la réponse est 429 avec l'en-tête Retry-After "
            + "(secondes à attendre). Un service en panne répond 503 avec Retry-After.")
    String how_limits();

    @Message("L'état des services est donné par GET /api/health.")
    String how_health();

    @Message("Ce service arrive en phase {phase} ; la plateforme fonctionne en phase {current}.")
    String not_rolled_out(int phase, int current);

    @Message("Le service ne donne pas sa documentation pour le moment : réessayez dans quelques instants.")
    String unavailable();

    @Message("Version {version}")
    String version(String version);

    @Message("Sommaire")
    String contents();

    @Message("Autres opérations")
    String untagged();

    @Message("Rôles")
    String roles();

    @Message("Tout utilisateur connecté")
    String any_role();

    @Message("Paramètres")
    String parameters();

    @Message("obligatoire")
    String required();

    @Message("Corps")
    String body();

    @Message("Réponses")
    String responses();

    @Message("obsolète")
    String deprecated();

    @Message("Document OpenAPI :")
    String raw_document();

    @Message("Retour à la liste des services")
    String back();
}
