package com.repaero.platform.outbox;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.persistence.EntityManager;

import org.apache.kafka.common.header.internals.RecordHeaders;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.OnOverflow;
import org.jboss.logging.Logger;

import com.repaero.platform.event.EventEnvelope;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;

/**
 * Publishes outbox rows to Kafka in sequence order and marks them relayed once the broker has acknowledged them.
 * <p>
 * At least once: a row is marked only after its acknowledgement, so a crash or a broker outage means a resend, never a
 * loss (consumers are idempotent on the event id). One relay at a time per service, across instances, through the
 * {@code outbox_lease} row. A round stops at the first event the broker refuses, so events of one aggregate are never
 * overtaken by later ones.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    private static final String HEADER_CONTENT_TYPE = "content-type";

    private final OutboxConfig config;
    private final EntityManager em;
    private final MutinyEmitter<String> emitter;
    private final String instanceId = UUID.randomUUID().toString();
    // One thread: rounds never overlap inside an instance, and a burst of commits coalesces into one round.
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "outbox-relay");
        t.setDaemon(true);
        return t;
    });
    private final AtomicBoolean drainQueued = new AtomicBoolean();
    private volatile boolean stopping;

    public OutboxRelay(OutboxConfig config, EntityManager em,
            @Channel("outbox") @OnOverflow(value = OnOverflow.Strategy.BUFFER, bufferSize = 1024) MutinyEmitter<String> emitter) {
        this.config = config;
        this.em = em;
        this.emitter = emitter;
    }

    void onCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) OutboxEventWritten written) {
        requestDrain();
    }

    @Scheduled(every = "${repaero.outbox.poll-interval:2s}", delayed = "1s", identity = "outbox-relay", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void poll() {
        requestDrain();
    }

    @Scheduled(every = "1h", delayed = "1m", identity = "outbox-purge", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void purge() {
        Instant before = Instant.now().minus(config.retention());
        int purged = QuarkusTransaction.requiringNew().call(() -> em
                .createQuery("delete from OutboxEvent e where e.publishedAt < :before")
                .setParameter("before", before)
                .executeUpdate());
        if (purged > 0) {
            LOG.infof("Purged %d relayed outbox events older than %s", purged, config.retention());
        }
    }

    /** Asks for a relay round; returns at once. Rounds run one after another on the relay thread. */
    public void requestDrain() {
        if (!stopping && drainQueued.compareAndSet(false, true)) {
            worker.execute(() -> {
                drainQueued.set(false);
                drain();
            });
        }
    }

    /** Relays everything pending now (blocking); returns the number of events relayed. */
    public int drain() {
        int total = 0;
        try {
            int sent;
            do {
                sent = relayRound();
                total += Math.max(sent, 0);
            } while (sent == config.batchSize() && !stopping);
        } catch (RuntimeException e) {
            LOG.warnf(e, "Outbox relay round failed; it will be retried");
        }
        return total;
    }

    /** @return events relayed, or -1 when a send failed (the round stops; the poll retries later) */
    int relayRound() {
        if (!acquireLease()) {
            return 0;
        }
        List<Pending> batch = QuarkusTransaction.requiringNew().call(() -> em
                .createQuery(
                        "select new com.repaero.platform.outbox.OutboxRelay$Pending(e.seq, e.aggregateId, e.topic, e.payload) "
                                + "from OutboxEvent e where e.publishedAt is null order by e.seq",
                        Pending.class)
                .setMaxResults(config.batchSize())
                .getResultList());
        if (batch.isEmpty()) {
            return 0;
        }
        List<CompletableFuture<Void>> acks = new ArrayList<>(batch.size());
        for (Pending p : batch) {
            acks.add(send(p));
        }
        List<Long> acknowledged = new ArrayList<>(batch.size());
        String failure = null;
        long deadline = System.nanoTime() + config.sendTimeout().toNanos();
        for (int i = 0; i < batch.size(); i++) {
            try {
                acks.get(i).get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                acknowledged.add(batch.get(i).seq());
            } catch (Exception e) {
                failure = describe(e);
                long failedSeq = batch.get(i).seq();
                LOG.warnf("Outbox event %d not acknowledged by Kafka (%s); will retry", failedSeq, failure);
                String error = failure;
                QuarkusTransaction.requiringNew().run(() -> em
                        .createQuery(
                                "update OutboxEvent e set e.attempts = e.attempts + 1, e.lastError = :error where e.seq = :seq")
                        .setParameter("error", error.length() > 1000 ? error.substring(0, 1000) : error)
                        .setParameter("seq", failedSeq)
                        .executeUpdate());
                break;
            }
        }
        if (!acknowledged.isEmpty()) {
            Instant now = Instant.now();
            QuarkusTransaction.requiringNew().run(() -> em
                    .createQuery("update OutboxEvent e set e.publishedAt = :now where e.seq in :seqs")
                    .setParameter("now", now)
                    .setParameter("seqs", acknowledged)
                    .executeUpdate());
        }
        return failure == null ? acknowledged.size() : -1;
    }

    private CompletableFuture<Void> send(Pending p) {
        RecordHeaders headers = new RecordHeaders();
        headers.add(HEADER_CONTENT_TYPE, EventEnvelope.CONTENT_TYPE.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        Message<String> message = Message.of(p.payload()).addMetadata(OutgoingKafkaRecordMetadata.<String>builder()
                .withKey(p.aggregateId())
                .withTopic(p.topic())
                .withHeaders(headers)
                .build());
        try {
            return emitter.sendMessage(message).subscribeAsCompletionStage();
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    /** Takes or renews the relay lease; false while another live instance holds it. */
    private boolean acquireLease() {
        Instant now = Instant.now();
        int updated = QuarkusTransaction.requiringNew().call(() -> em
                .createNativeQuery("UPDATE outbox_lease SET owner = ?1, locked_until = ?2 "
                        + "WHERE name = 'relay' AND (owner = ?1 OR locked_until < ?3)")
                .setParameter(1, instanceId)
                .setParameter(2, now.plus(config.leaseDuration()))
                .setParameter(3, now)
                .executeUpdate());
        return updated == 1;
    }

    void onStop(@Observes ShutdownEvent event) {
        stopping = true;
        worker.shutdown();
        try {
            worker.awaitTermination(config.sendTimeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        // Hand the lease over at once instead of letting the next instance wait for it to expire.
        QuarkusTransaction.requiringNew().run(() -> em
                .createNativeQuery(
                        "UPDATE outbox_lease SET owner = NULL, locked_until = ?2 WHERE name = 'relay' AND owner = ?1")
                .setParameter(1, instanceId)
                .setParameter(2, Instant.EPOCH)
                .executeUpdate());
    }

    @PreDestroy
    void close() {
        worker.shutdownNow();
    }

    private static String describe(Exception e) {
        Throwable cause = e.getCause() != null ? e.getCause() : e;
        return cause.getClass().getSimpleName() + ": " + cause.getMessage();
    }

    /** The columns the relay needs, read without managing entities. */
    public record Pending(Long seq, String aggregateId, String topic, String payload) {
    }
}
