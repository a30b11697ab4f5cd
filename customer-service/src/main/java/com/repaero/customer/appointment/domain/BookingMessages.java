package com.repaero.customer.appointment.domain;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;

import com.repaero.customer.notification.domain.OutgoingEmail;

/** The French texts of the booking emails and SMS, with their links and the iCalendar attachment. */
@ApplicationScoped
public class BookingMessages {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.FRANCE);
    private static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("HH'h'mm", Locale.FRANCE);
    private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("dd/MM 'à' HH'h'mm", Locale.FRANCE);
    private static final String SIGNATURE = "\n\n--\nRep'Aero — maintenance et réparation aéronautique\n";

    private final BookingConfig config;

    public BookingMessages(BookingConfig config) {
        this.config = config;
    }

    /** « dimanche 29 mars 2026 à 10h00 » in the booking zone. */
    public String when(Instant instant) {
        var local = instant.atZone(config.zone());
        return DAY.format(local) + " à " + HOUR.format(local);
    }

    public String confirmLink(String reference, String token) {
        return config.publicUrl() + "/confirmer?reference=" + reference + "&jeton=" + encode(token);
    }

    public String manageLink(String reference, String token) {
        return config.publicUrl() + "/gerer?reference=" + reference + "&jeton=" + encode(token);
    }

    public OutgoingEmail confirmationRequest(Appointment a, String code, String confirmLink) {
        String body = "Bonjour " + a.contactName + ",\n\n"
                + "Vous avez demandé un rendez-vous « " + a.type.name + " » le " + when(a.startAt)
                + " (heure de Paris)."
                + (a.aog ? "\nDemande urgente AOG : l'équipe d'astreinte sera prévenue dès votre confirmation." : "")
                + "\n\nPour le confirmer, cliquez sur ce lien :\n" + confirmLink
                + "\n\nou saisissez ce code sur la page de réservation : " + code
                + "\n\nSans confirmation avant le " + when(a.expiresAt) + ", le créneau sera libéré."
                + "\nRéférence : " + a.reference
                + "\n\nSi vous n'êtes pas à l'origine de cette demande, ignorez ce message." + SIGNATURE;
        return new OutgoingEmail(a.email, "Confirmez votre rendez-vous " + a.reference + " — Rep'Aero", body, null);
    }

    public OutgoingEmail confirmed(Appointment a, String manageLink, Instant now, boolean rescheduled) {
        String body = "Bonjour " + a.contactName + ",\n\n"
                + (rescheduled ? "Votre rendez-vous a bien été déplacé. " : "Votre rendez-vous est confirmé. ")
                + "Nous vous attendons :\n\n"
                + "  " + a.type.name + "\n  le " + when(a.startAt) + " (heure de Paris)\n  " + config.location()
                + "\n\nRéférence : " + a.reference
                + (a.aog ? "\n\nDemande urgente AOG : notre technicien d'astreinte est prévenu et vous rappelle." : "")
                + "\n\nL'invitation est jointe (fichier rendez-vous.ics) pour l'ajouter à votre agenda."
                + "\n\nPour annuler ou déplacer ce rendez-vous :\n" + manageLink + SIGNATURE;
        return new OutgoingEmail(a.email, (rescheduled ? "Rendez-vous déplacé : " : "Rendez-vous confirmé : ")
                + when(a.startAt) + " — Rep'Aero", body,
                new OutgoingEmail.Attachment("rendez-vous.ics", IcsCalendar.CONTENT_TYPE_PUBLISH,
                        ics(a, now, false)));
    }

    public OutgoingEmail cancelled(Appointment a, Instant now, String bookLink) {
        String body = "Bonjour " + a.contactName + ",\n\n"
                + "Votre rendez-vous « " + a.type.name + " » du " + when(a.startAt) + " est annulé."
                + (a.cancelReason != null && !a.cancelReason.isBlank() ? "\nMotif : " + a.cancelReason : "")
                + "\nRéférence : " + a.reference
                + "\n\nPour prendre un nouveau rendez-vous : " + bookLink + SIGNATURE;
        return new OutgoingEmail(a.email, "Rendez-vous annulé : " + a.reference + " — Rep'Aero", body,
                new OutgoingEmail.Attachment("annulation.ics", IcsCalendar.CONTENT_TYPE_CANCEL, ics(a, now, true)));
    }

    public OutgoingEmail reminderEmail(Appointment a, String manageLink) {
        String body = "Bonjour " + a.contactName + ",\n\n"
                + "Nous vous rappelons votre rendez-vous « " + a.type.name + " » le " + when(a.startAt)
                + " (heure de Paris), " + config.location() + ".\nRéférence : " + a.reference
                + "\n\nEn cas d'empêchement, annulez ou déplacez-le ici :\n" + manageLink + SIGNATURE;
        return new OutgoingEmail(a.email, "Rappel : rendez-vous le " + when(a.startAt) + " — Rep'Aero", body, null);
    }

    /** Short and GSM-7 friendly: one SMS segment where possible. */
    public String reminderSms(Appointment a) {
        return "Rep'Aero : rappel de votre RDV le " + SHORT.format(a.startAt.atZone(config.zone())) + " (ref "
                + a.reference + "). Empechement ? Voir l'email recu.";
    }

    public String aogPage(Appointment a) {
        return "AOG Rep'Aero " + a.reference + " le " + SHORT.format(a.startAt.atZone(config.zone())) + " : "
                + (a.companyName != null ? a.companyName + ", " : "") + a.contactName
                + (a.phone != null ? " " + a.phone : "") + ". Repondez OK pour prendre en charge.";
    }

    public String aogUnanswered(Appointment a) {
        return "AOG Rep'Aero " + a.reference + " le " + SHORT.format(a.startAt.atZone(config.zone()))
                + " : personne n'a pris en charge. Repondez OK si vous le prenez.";
    }

    /** The booking's calendar entry as the emails carry it: a cancellation once cancelled (or expired). */
    public String calendar(Appointment a, Instant now) {
        return ics(a, now, !AppointmentStatus.HOLDING.contains(a.status));
    }

    private String ics(Appointment a, Instant now, boolean cancelled) {
        return IcsCalendar.write(new IcsCalendar.Event(a.reference + "@repaero.fr", a.icsSequence, a.startAt,
                a.endAt, "Rep'Aero — " + a.type.name + (a.aog ? " (AOG)" : ""),
                "Référence " + a.reference + (a.message != null ? "\n" + a.message : ""), config.location(),
                config.organizerEmail(), now, cancelled), config.zone());
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
