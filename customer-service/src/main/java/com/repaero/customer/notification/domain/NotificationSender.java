package com.repaero.customer.notification.domain;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;

import org.eclipse.microprofile.context.ManagedExecutor;
import org.jboss.logging.Logger;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;

/**
 * Sends the queued notifications: each one is claimed, sent outside any transaction, then marked SENT, or given
 * another attempt later with exponential backoff (outage, timeout), or FAILED (refused for good, or out of attempts).
 * A crash between the provider's acceptance and the mark sends the message again after the claim expires: at least
 * once, never lost.
 */
@ApplicationScoped
public class NotificationSender {

    private static final Logger LOG = Logger.getLogger(NotificationSender.class);

    private final NotificationConfig config;
    private final SmsGateway sms;
    private final MailGateway mail;
    private final Clock clock;
    private final ManagedExecutor executor;

    public NotificationSender(NotificationConfig config, SmsGateway sms, MailGateway mail, Clock clock,
            ManagedExecutor executor) {
        this.config = config;
        this.sms = sms;
        this.mail = mail;
        this.clock = clock;
        this.executor = executor;
    }

    @Scheduled(every = "${repaero.notification.every:10s}", delayed = "10s", identity = "notification-sender", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        sendDue();
    }

    /** Messages leave right after the commit (an AOG page cannot wait for the next run), off the request thread. */
    void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) Notifications.NotificationQueued queued) {
        if (config.sendAtCommit()) {
            executor.runAsync(() -> send(queued.id())).exceptionally(e -> {
                LOG.warnf("Immediate send of notification %d failed, left to the scheduled sender: %s", queued.id(),
                        e.getMessage());
                return null;
            });
        }
    }

    /** Sends every notification that is due; returns how many were sent. */
    public int sendDue() {
        Instant now = clock.instant();
        List<Long> due = QuarkusTransaction.requiringNew().call(() -> Notification
                .<Notification>find(
                        "status = ?1 and nextAttemptAt <= ?2 and (claimedUntil is null or claimedUntil < ?2)"
                                + " order by nextAttemptAt, id",
                        NotificationStatus.PENDING, now)
                .page(0, config.batchSize()).list().stream().map(n -> n.id).toList());
        int sent = 0;
        for (long id : due) {
            if (send(id)) {
                sent++;
            }
        }
        return sent;
    }

    /** Sends one notification if it is still pending and nobody else holds it; true when it went out. */
    public boolean send(long id) {
        Optional<Notification> claimed = claim(id);
        if (claimed.isEmpty()) {
            return false;
        }
        Notification n = claimed.get();
        try {
            String providerId = null;
            if (n.channel == Channel.SMS) {
                providerId = sms.send(n.recipient, n.body);
            } else {
                mail.send(new OutgoingEmail(n.recipient, n.subject, n.body, n.attachmentName == null
                        ? null
                        : new OutgoingEmail.Attachment(n.attachmentName, n.attachmentType, n.attachment)));
            }
            String pid = providerId;
            QuarkusTransaction.requiringNew().run(() -> {
                Notification row = Notification.findById(id);
                row.status = NotificationStatus.SENT;
                row.attempts++;
                row.sentAt = clock.instant();
                row.providerId = pid;
                row.claimedUntil = null;
                row.lastError = null;
            });
            return true;
        } catch (SendFailure e) {
            failed(id, e.getMessage(), e.permanent());
        } catch (RuntimeException e) {
            failed(id, e.getClass().getSimpleName() + ": " + e.getMessage(), false);
        }
        return false;
    }

    private Optional<Notification> claim(long id) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Instant now = clock.instant();
            int updated = Notification.update("claimedUntil = ?1 where id = ?2 and status = ?3"
                    + " and (claimedUntil is null or claimedUntil < ?4)",
                    now.plus(config.claimTimeout()), id, NotificationStatus.PENDING, now);
            if (updated == 0) {
                return Optional.<Notification>empty();
            }
            Notification n = Notification.findById(id);
            n.body.length(); // loads the CLOBs before the transaction ends
            if (n.attachment != null) {
                n.attachment.length();
            }
            return Optional.of(n);
        });
    }

    private void failed(long id, String error, boolean permanent) {
        QuarkusTransaction.requiringNew().run(() -> {
            Notification row = Notification.findById(id);
            row.attempts++;
            row.claimedUntil = null;
            row.lastError = error == null || error.length() <= 1000 ? error : error.substring(0, 1000);
            if (permanent || row.attempts >= config.maxAttempts()) {
                row.status = NotificationStatus.FAILED;
                LOG.errorf("Notification %d (%s to %s) FAILED after %d attempt(s): %s", id, row.kind, row.channel,
                        row.attempts, error);
            } else {
                row.nextAttemptAt = clock.instant()
                        .plus(Backoff.after(row.attempts, config.initialBackoff(), config.maxBackoff()));
                LOG.warnf("Notification %d (%s) not sent (attempt %d), retried at %s: %s", id, row.kind,
                        row.attempts, row.nextAttemptAt, error);
            }
        });
    }
}
