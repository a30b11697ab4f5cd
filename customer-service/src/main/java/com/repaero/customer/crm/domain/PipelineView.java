package com.repaero.customer.crm.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import io.quarkus.panache.common.Parameters;

/**
 * The board: every stage in order with its opportunities (the first {@code perStage}, urgent first), their count, total
 * and probability-weighted total. Won and lost columns only count deals closed within {@code closedWithinDays}, so the
 * board does not fill up with years of history.
 */
@ApplicationScoped
public class PipelineView {

    private final EntityManager em;

    public PipelineView(EntityManager em) {
        this.em = em;
    }

    /** Filters of the board; null means all. */
    public record Filter(String owner, Long customerId, Boolean urgent, int closedWithinDays, int perStage) {
    }

    /** One column of the board. */
    public record Column(PipelineStage stage, long count, BigDecimal total, BigDecimal weighted,
            List<Opportunity> opportunities) {
    }

    public List<Column> columns(Filter filter, Instant now) {
        StringBuilder where = new StringBuilder("(o.closedAt is null or o.closedAt >= :closedSince)");
        Parameters params = Parameters.with("closedSince", now.minus(Duration.ofDays(filter.closedWithinDays())));
        if (filter.owner() != null && !filter.owner().isBlank()) {
            where.append(" and o.owner = :owner");
            params.and("owner", filter.owner().strip());
        }
        if (filter.customerId() != null) {
            where.append(" and o.customer.id = :customerId");
            params.and("customerId", filter.customerId());
        }
        if (filter.urgent() != null) {
            where.append(" and o.urgent = :urgent");
            params.and("urgent", filter.urgent());
        }
        var totals = em.createQuery("select o.stage.id, count(o), coalesce(sum(o.amount), 0) from Opportunity o where "
                + where + " group by o.stage.id", Object[].class);
        params.map().forEach(totals::setParameter);
        Map<Long, Object[]> byStage = new HashMap<>();
        for (Object[] row : totals.getResultList()) {
            byStage.put((Long) row[0], row);
        }
        List<Column> columns = new ArrayList<>();
        for (PipelineStage stage : PipelineStage.ordered()) {
            Object[] row = byStage.get(stage.id);
            long count = row == null ? 0 : (Long) row[1];
            BigDecimal total = row == null ? BigDecimal.ZERO : toDecimal(row[2]);
            List<Opportunity> items = List.of();
            if (count > 0 && filter.perStage() > 0) {
                var query = em.createQuery("select o from Opportunity o where o.stage.id = :stageId and " + where
                        + " order by o.urgent desc, o.expectedCloseDate asc nulls last, o.id", Opportunity.class)
                        .setParameter("stageId", stage.id).setMaxResults(filter.perStage());
                params.map().forEach(query::setParameter);
                items = query.getResultList();
            }
            BigDecimal weighted = total.multiply(BigDecimal.valueOf(stage.probability))
                    .divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP);
            columns.add(new Column(stage, count, total.setScale(2, RoundingMode.HALF_UP), weighted, items));
        }
        return columns;
    }

    private static BigDecimal toDecimal(Object value) {
        return value instanceof BigDecimal d ? d : new BigDecimal(value.toString());
    }
}
