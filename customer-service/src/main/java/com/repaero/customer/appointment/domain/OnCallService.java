package com.repaero.customer.appointment.domain;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import com.repaero.customer.notification.domain.InboundSms;
import com.repaero.customer.notification.domain.Notifications;
import com.repaero.platform.problem.ProblemException;

/**
 * Urgent (AOG) bookings and the on-call roster: the first contact is paged by SMS as soon as the booking is
 * confirmed, the next one when nobody acknowledged within the configured time, and everyone once the roster is
 * exhausted. Acknowledged by a technician or team lead in the API, or by answering "OK" to the SMS.
 */
@ApplicationScoped
public class OnCallService {

    private static final Logger LOG = Logger.getLogger(OnCallService.class);

    /** A contact as configured. */
    public record Contact(String name, String phone) {
    }

    private final Clock clock;
    private final BookingConfig config;
    private final Notifications notifications;
    private final BookingMessages messages;

    public OnCallService(Clock clock, BookingConfig config, Notifications notifications, BookingMessages messages) {
        this.clock = clock;
        this.config = config;
        this.notifications = notifications;
        this.messages = messages;
    }

    public List<OnCallContact> roster() {
        return OnCallContact.list("order by position");
    }

    /** Replaces the whole roster, in paging order. */
    @Transactional
    public List<OnCallContact> replaceRoster(List<Contact> contacts) {
        OnCallContact.deleteAll();
        OnCallContact.flush();
        int position = 0;
        for (Contact c : contacts) {
            OnCallContact contact = new OnCallContact();
            contact.position = position++;
            contact.name = c.name();
            contact.phone = c.phone();
            contact.persist();
        }
        return roster();
    }

    /** Pages the first contact for a just-confirmed AOG booking (in the confirming transaction). */
    @Transactional(Transactional.TxType.MANDATORY)
    public AogAlert page(Appointment a) {
        AogAlert alert = new AogAlert();
        alert.appointmentId = a.id;
        alert.notifiedAt = clock.instant();
        List<OnCallContact> roster = roster();
        if (roster.isEmpty()) {
            LOG.errorf("AOG booking %s confirmed but the on-call roster is empty: nobody paged", a.reference);
            alert.status = AogAlertStatus.UNANSWERED;
        } else {
            pageContact(alert, a, roster.get(0), 0);
        }
        alert.persist();
        return alert;
    }

    /** Pages the next contact of every alert left unacknowledged too long; returns how many were escalated. */
    @Transactional
    public int escalate() {
        Instant now = clock.instant();
        List<AogAlert> due = AogAlert.list("status = ?1 and notifiedAt <= ?2", AogAlertStatus.OPEN,
                now.minus(config.aog().acknowledgeWithin()));
        List<OnCallContact> roster = roster();
        for (AogAlert alert : due) {
            Appointment a = Appointment.findById(alert.appointmentId);
            int next = alert.levelIndex + 1;
            if (next < roster.size()) {
                pageContact(alert, a, roster.get(next), next);
                alert.notifiedAt = now;
            } else {
                alert.status = AogAlertStatus.UNANSWERED;
                LOG.errorf("AOG booking %s: nobody of the on-call roster acknowledged, paging everyone", a.reference);
                for (OnCallContact c : roster) {
                    notifications.sms("aog-unanswered", a.reference, c.phone, messages.aogUnanswered(a));
                }
            }
        }
        return due.size();
    }

    /** Marks the alert taken by {@code by}; acknowledging twice is harmless. */
    @Transactional
    public AogAlert acknowledge(long alertId, String by) {
        AogAlert alert = AogAlert.<AogAlert>findByIdOptional(alertId)
                .orElseThrow(() -> new ProblemException.NotFound("AOG alert", alertId));
        return acknowledge(alert, by);
    }

    /** An on-call contact answered the page by SMS: "OK" acknowledges the latest alert paged to that phone. */
    @Transactional
    void onSms(@Observes InboundSms sms) {
        String body = sms.body() == null ? "" : sms.body().trim().toUpperCase(Locale.ROOT);
        if (!body.startsWith("OK")) {
            LOG.infof("Inbound SMS from %s ignored (not an acknowledgement)", sms.from());
            return;
        }
        Optional<OnCallContact> contact = OnCallContact.<OnCallContact>find("phone", sms.from()).firstResultOptional();
        if (contact.isEmpty()) {
            LOG.warnf("Inbound OK from %s, who is not on the on-call roster: ignored", sms.from());
            return;
        }
        // The page last sent to this phone; else the latest one nobody took.
        AogAlert.<AogAlert>find("contactPhone = ?1 and status in (?2) order by notifiedAt desc, id desc",
                sms.from(), List.of(AogAlertStatus.OPEN, AogAlertStatus.UNANSWERED)).firstResultOptional()
                .or(() -> AogAlert.<AogAlert>find("status = ?1 order by notifiedAt desc, id desc",
                        AogAlertStatus.UNANSWERED).firstResultOptional())
                .ifPresent(alert -> acknowledge(alert, contact.get().name + " (SMS)"));
    }

    /** The booking was cancelled: stop paging. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void appointmentCancelled(long appointmentId) {
        AogAlert.<AogAlert>find("appointmentId", appointmentId).firstResultOptional()
                .filter(alert -> alert.status == AogAlertStatus.OPEN || alert.status == AogAlertStatus.UNANSWERED)
                .ifPresent(alert -> alert.status = AogAlertStatus.CANCELLED);
    }

    public Optional<AogAlert> alertOf(long appointmentId) {
        return AogAlert.find("appointmentId", appointmentId).firstResultOptional();
    }

    public List<AogAlert> alerts(AogAlertStatus status) {
        return status == null
                ? AogAlert.list("order by notifiedAt desc")
                : AogAlert.list("status = ?1 order by notifiedAt desc", status);
    }

    private AogAlert acknowledge(AogAlert alert, String by) {
        if (alert.status == AogAlertStatus.ACKNOWLEDGED) {
            return alert;
        }
        if (alert.status == AogAlertStatus.CANCELLED) {
            throw new ProblemException.Conflict("alert-cancelled", "The booking of this AOG alert was cancelled");
        }
        alert.status = AogAlertStatus.ACKNOWLEDGED;
        alert.acknowledgedAt = clock.instant();
        alert.acknowledgedBy = by;
        return alert;
    }

    private void pageContact(AogAlert alert, Appointment a, OnCallContact contact, int level) {
        alert.levelIndex = level;
        alert.contactName = contact.name;
        alert.contactPhone = contact.phone;
        notifications.sms("aog-page", a.reference, contact.phone, messages.aogPage(a));
    }
}
