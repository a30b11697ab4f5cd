package com.repaero.supplier.purchasing.order.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Hands out gap-free order numbers per year from the {@code purchase_order_counter} table. The increment runs in the
 * caller's transaction: it holds the year's row lock until commit, and a rollback gives the number back — a database
 * sequence would leave gaps.
 */
@ApplicationScoped
public class OrderNumbers {

    private final EntityManager em;

    public OrderNumbers(EntityManager em) {
        this.em = em;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public String next(int year) {
        if (increment(year) == 0) {
            createYear(year);
            if (increment(year) == 0) {
                throw new IllegalStateException("No order counter row for " + year);
            }
        }
        Number last = (Number) em
                .createNativeQuery("SELECT last_number FROM purchase_order_counter WHERE order_year = ?1")
                .setParameter(1, year)
                .getSingleResult();
        return OrderNumber.format(year, last.longValue());
    }

    private int increment(int year) {
        return em.createNativeQuery(
                "UPDATE purchase_order_counter SET last_number = last_number + 1 WHERE order_year = ?1")
                .setParameter(1, year)
                .executeUpdate();
    }

    /**
     * The first order of a year creates its counter row at 0, in its own transaction so that a concurrent creator's
     * duplicate insert fails there and not in the business transaction; either way the row then exists.
     */
    private void createYear(int year) {
        try {
            QuarkusTransaction.requiringNew().run(() -> em
                    .createNativeQuery("INSERT INTO purchase_order_counter (order_year, last_number) VALUES (?1, 0)")
                    .setParameter(1, year)
                    .executeUpdate());
        } catch (RuntimeException alreadyCreated) {
            // another transaction created the row first: nothing to do
        }
    }
}
