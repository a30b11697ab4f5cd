package com.repaero.customer.notification.domain;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;

/**
 * Queues emails and SMS in the caller's transaction (no transaction, no notification): a message exists if and only if
 * the business change that wants it committed. {@link NotificationSender} sends them.
 */
@ApplicationScoped
public class Notifications {

    private final Clock clock;
    private final Event<NotificationQueued> queued;

    public Notifications(Clock clock, Event<NotificationQueued> queued) {
        this.clock = clock;
        this.queued = queued;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public Notification email(String kind, String reference, OutgoingEmail email) {
        Notification n = create(Channel.EMAIL, kind, reference, email.to(), email.body());
        n.subject = email.subject();
        if (email.attachment() != null) {
            n.attachmentName = email.attachment().name();
            n.attachmentType = email.attachment().contentType();
            n.attachment = email.attachment().content();
        }
        n.persist();
        queued.fire(new NotificationQueued(n.id));
        return n;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public Notification sms(String kind, String reference, String to, String body) {
        Notification n = create(Channel.SMS, kind, reference, to, body);
        n.persist();
        queued.fire(new NotificationQueued(n.id));
        return n;
    }

    /** The notifications of one business reference, oldest first. */
    public List<Notification> ofReference(String reference) {
        return Notification.list("reference = ?1 order by id", reference);
    }

    private Notification create(Channel channel, String kind, String reference, String to, String body) {
        Instant now = clock.instant();
        Notification n = new Notification();
        n.channel = channel;
        n.kind = kind;
        n.reference = reference;
        n.recipient = to;
        n.body = body;
        n.createdAt = now;
        n.nextAttemptAt = now;
        return n;
    }

    /** Fired when a notification was queued; the sender sends it right after the commit. */
    public record NotificationQueued(long id) {
    }
}
