package com.repaero.supplier.supplier.domain;

import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.hibernate.resource.jdbc.spi.StatementInspector;

import io.quarkus.hibernate.orm.PersistenceUnitExtension;

/** Records the SQL statements the current thread prepares while counting is on (other threads are left out). */
@PersistenceUnitExtension
@ApplicationScoped
public class StatementCounter implements StatementInspector {

    private static final ThreadLocal<List<String>> RECORDED = new ThreadLocal<>();

    /** Runs {@code work} and returns the statements it prepared on this thread. */
    public static List<String> during(Runnable work) {
        RECORDED.set(new ArrayList<>());
        try {
            work.run();
            return List.copyOf(RECORDED.get());
        } finally {
            RECORDED.remove();
        }
    }

    @Override
    public String inspect(String sql) {
        List<String> recorded = RECORDED.get();
        if (recorded != null) {
            recorded.add(sql);
        }
        return sql;
    }
}
