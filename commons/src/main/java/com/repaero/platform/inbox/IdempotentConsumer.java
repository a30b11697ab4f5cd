package com.repaero.platform.inbox;

import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import com.repaero.platform.event.EventEnvelope;

/**
 * Makes a Kafka consumer idempotent: the event id is recorded in {@code processed_event} in the same transaction as the
 * consumer's effect, so a redelivered event (relay resend, rebalance, crash before the offset commit) has no second
 * effect. A concurrent duplicate fails on the primary key and its transaction rolls back.
 */
@ApplicationScoped
public class IdempotentConsumer {

    private final EntityManager em;

    public IdempotentConsumer(EntityManager em) {
        this.em = em;
    }

    /**
     * Runs {@code effect} unless {@code consumer} already processed this event.
     *
     * @return true when the effect ran, false for a duplicate
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean processOnce(String consumer, EventEnvelope event, Runnable effect) {
        Number seen = (Number) em
                .createNativeQuery("SELECT COUNT(*) FROM processed_event WHERE consumer = ?1 AND event_id = ?2")
                .setParameter(1, consumer)
                .setParameter(2, event.id())
                .getSingleResult();
        if (seen.intValue() > 0) {
            return false;
        }
        em.createNativeQuery("INSERT INTO processed_event (consumer, event_id, processed_at) VALUES (?1, ?2, ?3)")
                .setParameter(1, consumer)
                .setParameter(2, event.id())
                .setParameter(3, Instant.now())
                .executeUpdate();
        effect.run();
        return true;
    }
}
