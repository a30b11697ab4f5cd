package com.repaero.gateway.booking;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** The public booking pages' texts: French here (the default), English in {@code messages/booking_en.properties}. */
@MessageBundle(value = "booking", locale = "fr")
public interface BookingMessages {

    // --- Layout ---
    @Message("Prise de rendez-vous")
    String site_name();

    @Message("Rep'Aero — prise de rendez-vous")
    String site_title();

    @Message("Aller au contenu")
    String skip_to_content();

    @Message("English")
    String other_language();

    @Message("en")
    String other_language_code();

    @Message("Rep'Aero, atelier de réparation aéronautique. Vos coordonnées ne servent qu'à traiter votre rendez-vous.")
    String footer();

    @Message("Étape {step} sur 4")
    String step(int step);

    @Message("Le formulaire contient {count} erreur(s)\u00a0:")
    String form_errors(int count);

    /** French typography: a non-breaking space before the colon. */
    @Message("{label}\u00a0: {message}")
    String field_error(String label, String message);

    @Message("facultatif")
    String optional();

    @Message("obligatoire")
    String required();

    // --- 1. Types ---
    @Message("Prendre rendez-vous")
    String types_title();

    @Message("Choisissez le type de rendez-vous.")
    String types_intro();

    @Message("Avion au sol (AOG) — intervention urgente, y compris soirs et week-ends")
    String aog_badge();

    @Message("Durée\u00a0: {duration}")
    String type_duration(String duration);

    @Message("Choisir")
    String type_choose();

    @Message("Aucun rendez-vous n'est ouvert à la réservation en ligne pour le moment.")
    String types_none();

    // --- 2. Day and slot ---
    @Message("Choisissez un jour et un horaire")
    String slots_title();

    @Message("Choisissez un nouvel horaire")
    String slots_move_title();

    @Message("Jours")
    String days_label();

    @Message("{#when count}{#is 0}aucun horaire{#is 1}1 horaire{#else}{count} horaires{/when}")
    String day_count(int count);

    @Message("Jours précédents")
    String days_previous();

    @Message("Jours suivants")
    String days_next();

    @Message("Horaires libres le {day}")
    String slots_of_day(String day);

    @Message("Heure de Paris. Chaque horaire est le début du rendez-vous.")
    String slots_hint();

    @Message("Aucun horaire libre sur ces jours\u00a0: essayez les jours suivants.")
    String slots_none();

    @Message("Changer de type de rendez-vous")
    String change_type();

    @Message("Ce créneau vient d'être pris ou n'est plus proposé\u00a0: choisissez-en un autre.")
    String slot_gone();

    // --- 3. Form ---
    @Message("Vos coordonnées")
    String form_title();

    @Message("Votre rendez-vous")
    String chosen_slot();

    @Message("Changer d'horaire")
    String change_slot();

    @Message("Nom et prénom")
    String field_contactName();

    @Message("Société")
    String field_companyName();

    @Message("SIREN")
    String field_siren();

    @Message("9 chiffres, par exemple 732829320")
    String hint_siren();

    @Message("E-mail")
    String field_email();

    @Message("Nous y envoyons le lien et le code qui confirment le rendez-vous.")
    String hint_email();

    @Message("Téléphone")
    String field_phone();

    @Message("Par exemple 06 12 34 56 78 ou +33 6 12 34 56 78\u00a0; pour le rappel par SMS et l'astreinte.")
    String hint_phone();

    @Message("Message")
    String field_message();

    @Message("Immatriculation, équipement, panne constatée…")
    String hint_message();

    @Message("Ne remplissez pas ce champ")
    String honeypot_label();

    @Message("Envoyer la demande")
    String form_submit();

    @Message("Le formulaire a expiré\u00a0: il a été renouvelé, renvoyez-le.")
    String error_form_token();

    @Message("Le formulaire a été envoyé très vite après son ouverture\u00a0: patientez quelques secondes puis renvoyez-le.")
    String error_form_too_fast();

    @Message("Le formulaire n'a pas été rempli comme prévu\u00a0: vérifiez-le puis renvoyez-le.")
    String error_form_rejected();

    @Message("Ce formulaire a déjà été envoyé\u00a0: il a été renouvelé, renvoyez-le si vous voulez un autre rendez-vous.")
    String error_form_used();

    @Message("Cette adresse e-mail a déjà des demandes en attente de confirmation\u00a0: confirmez-les d'abord (voir vos e-mails).")
    String error_too_many_pending();

    @Message("Cette adresse e-mail a fait trop de demandes en 24 heures\u00a0: réessayez demain.")
    String error_too_many_bookings();

    @Message("doit être un numéro de téléphone, par exemple 06 12 34 56 78 ou +33 6 12 34 56 78")
    String error_phone();

    @Message("La demande a été refusée.")
    String error_generic();

    // --- 4. Check your email ---
    @Message("Consultez votre messagerie")
    String check_title();

    @Message("Votre demande {reference} pour le {when} est enregistrée.")
    String check_registered(String reference, String when);

    @Message("Nous vous avons envoyé un e-mail\u00a0: cliquez sur son lien, ou saisissez ici le code à 6 chiffres qu'il contient.")
    String check_text();

    @Message("Sans confirmation avant {time}, l'horaire sera libéré.")
    String check_expires(String time);

    @Message("Code à 6 chiffres")
    String field_code();

    @Message("Le code figure dans l'e-mail « Confirmez votre rendez-vous ».")
    String hint_code();

    @Message("Confirmer le rendez-vous")
    String code_submit();

    @Message("saisissez les 6 chiffres du code reçu par e-mail")
    String error_code_format();

    @Message("ce n'est pas le code envoyé par e-mail{#if left >= 0} ({left} essai(s) restant(s)){/if}")
    String error_code_wrong(int left);

    @Message("Trop de codes erronés\u00a0: utilisez le lien de l'e-mail pour confirmer.")
    String error_code_attempts();

    @Message("Rien reçu ? Vérifiez les courriers indésirables, ou reprenez la demande.")
    String check_nothing();

    // --- 5. Confirmation ---
    @Message("Confirmer votre rendez-vous")
    String confirm_title();

    @Message("Demande {reference}. Un clic suffit pour confirmer le rendez-vous.")
    String confirm_text(String reference);

    @Message("Confirmer mon rendez-vous")
    String confirm_submit();

    @Message("Votre rendez-vous est confirmé")
    String confirmed_title();

    @Message("Référence")
    String booking_reference();

    @Message("Rendez-vous")
    String booking_type();

    @Message("Date")
    String booking_day();

    @Message("Horaire")
    String booking_time();

    @Message("{start} – {end} (heure de Paris)")
    String booking_span(String start, String end);

    @Message("État")
    String booking_status();

    @Message("{#when status}{#is 'PENDING'}en attente de confirmation{#is 'CONFIRMED'}confirmé{#is 'CANCELLED'}annulé"
            + "{#is 'EXPIRED'}expiré (non confirmé à temps){#else}{status}{/when}")
    String status_name(String status);

    @Message("Le technicien d'astreinte est prévenu de votre demande urgente.")
    String confirmed_aog();

    @Message("L'e-mail de confirmation contient le fichier calendrier (.ics) à ajouter à votre agenda, et le lien pour déplacer ou annuler ce rendez-vous.")
    String confirmed_calendar();

    @Message("Ajouter à mon agenda (.ics)")
    String add_to_calendar();

    @Message("Prendre un autre rendez-vous")
    String book_another();

    // --- 6. Manage ---
    @Message("Votre rendez-vous")
    String manage_title();

    @Message("Le rendez-vous a été déplacé.")
    String manage_moved();

    @Message("Le rendez-vous a été annulé.")
    String manage_cancelled();

    @Message("Déplacer le rendez-vous")
    String manage_move();

    @Message("Annuler le rendez-vous")
    String manage_cancel();

    @Message("Motif")
    String field_reason();

    @Message("Ce rendez-vous ne peut plus être modifié.")
    String manage_inactive();

    @Message("Déplacer votre rendez-vous")
    String move_title();

    @Message("Horaire actuel")
    String move_from();

    @Message("Horaire actuel\u00a0: {when}")
    String move_from_when(String when);

    @Message("Nouvel horaire")
    String move_to();

    @Message("Confirmer le déplacement")
    String move_submit();

    @Message("Choisir un autre horaire")
    String move_other();

    @Message("Garder l'horaire actuel")
    String move_keep();

    // --- Pages of refusal ---
    @Message("La prise de rendez-vous en ligne ouvre bientôt")
    String soon_title();

    @Message("La réservation en ligne n'est pas encore ouverte. En cas d'urgence (avion au sol), appelez l'atelier.")
    String soon_text();

    @Message("Service momentanément indisponible")
    String unavailable_title();

    @Message("La prise de rendez-vous ne répond pas pour le moment\u00a0: réessayez dans {seconds}\u00a0s.")
    String unavailable_text(long seconds);

    @Message("Trop de tentatives")
    String too_many_title();

    @Message("Trop de demandes sont venues de votre connexion\u00a0: réessayez dans {seconds}\u00a0s.")
    String too_many_text(long seconds);

    @Message("Page introuvable")
    String not_found_title();

    @Message("Ce type de rendez-vous n'existe pas ou n'est plus proposé.")
    String type_not_found();

    @Message("Cette demande de rendez-vous est introuvable.")
    String booking_not_found();

    @Message("Lien non valable")
    String bad_link_title();

    @Message("Ce lien n'est pas valable ou a expiré. Utilisez le dernier e-mail reçu, ou prenez un nouveau rendez-vous.")
    String bad_link_text();

    @Message("Rendez-vous non confirmé à temps")
    String expired_title();

    @Message("Cette demande n'a pas été confirmée à temps et son horaire a été libéré\u00a0: prenez un nouveau rendez-vous.")
    String expired_text();

    @Message("Retour à la prise de rendez-vous")
    String back_to_start();
}
