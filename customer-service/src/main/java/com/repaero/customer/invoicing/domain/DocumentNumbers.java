package com.repaero.customer.invoicing.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Hands out gap-free numbers per series and year (FA-2026-00001, AV-2026-00001, DE-2026-00001). The counter row is
 * locked (SELECT … FOR UPDATE) in the caller's transaction and held until it commits: numbers are taken in commit
 * order, so they follow the issue dates, and a rollback gives the number back — a database sequence would leave gaps.
 */
@ApplicationScoped
public class DocumentNumbers {

    private final EntityManager em;

    public DocumentNumbers(EntityManager em) {
        this.em = em;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public String next(String series, int year) {
        String key = series + "-" + year;
        DocumentCounter counter = em.find(DocumentCounter.class, key, LockModeType.PESSIMISTIC_WRITE);
        if (counter == null) {
            createCounter(key);
            counter = em.find(DocumentCounter.class, key, LockModeType.PESSIMISTIC_WRITE);
        }
        counter.lastNumber++;
        return DocumentNumber.format(series, year, counter.lastNumber);
    }

    /**
     * The first number of a year creates its counter at 0, in its own transaction so that a concurrent creator's
     * duplicate insert fails there and not in the business transaction; either way the row then exists.
     */
    private void createCounter(String key) {
        try {
            QuarkusTransaction.requiringNew().run(() -> em
                    .createNativeQuery("INSERT INTO document_counter (counter_key, last_number) VALUES (?1, 0)")
                    .setParameter(1, key)
                    .executeUpdate());
        } catch (RuntimeException alreadyCreated) {
            // another transaction created the row first: nothing to do
        }
    }
}
