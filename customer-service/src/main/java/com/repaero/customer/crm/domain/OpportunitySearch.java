package com.repaero.customer.crm.domain;

import java.util.ArrayList;
import java.util.List;

import com.repaero.platform.persistence.LikePattern;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;

/** Builds the opportunity list query from the search criteria the API accepts. */
public final class OpportunitySearch {

    private OpportunitySearch() {
    }

    /** Open (in an open stage), won or lost. */
    public enum Status {
        OPEN, WON, LOST
    }

    /** The sortable fields, by their API name. */
    public enum SortField {
        expectedCloseDate, amount, createdAt, updatedAt, title
    }

    /** What the caller asked for; null means no filter. */
    public record Criteria(String q, Long customerId, Long stageId, String owner, Boolean urgent, Status status,
            SortField sort, boolean descending) {
    }

    public static PanacheQuery<Opportunity> query(Criteria c) {
        List<String> where = new ArrayList<>();
        Parameters params = new Parameters();
        if (c.q() != null && !c.q().isBlank()) {
            where.add("(upper(title) like :term escape '!' or upper(customer.legalName) like :term escape '!')");
            params.and("term", LikePattern.containsIgnoreCase(c.q()));
        }
        if (c.customerId() != null) {
            where.add("customer.id = :customerId");
            params.and("customerId", c.customerId());
        }
        if (c.stageId() != null) {
            where.add("stage.id = :stageId");
            params.and("stageId", c.stageId());
        }
        if (c.owner() != null && !c.owner().isBlank()) {
            where.add("owner = :owner");
            params.and("owner", c.owner().strip());
        }
        if (c.urgent() != null) {
            where.add("urgent = :urgent");
            params.and("urgent", c.urgent());
        }
        if (c.status() != null) {
            where.add(switch (c.status()) {
                case OPEN -> "stage.won = :no and stage.lost = :no";
                case WON -> "stage.won = :yes";
                case LOST -> "stage.lost = :yes";
            });
            params.and(c.status() == Status.OPEN ? "no" : "yes", c.status() != Status.OPEN);
        }
        SortField field = c.sort() == null ? SortField.expectedCloseDate : c.sort();
        Sort.Direction direction = c.descending() ? Sort.Direction.Descending : Sort.Direction.Ascending;
        // Urgent (AOG) first unless sorted otherwise; the id last so pages are stable.
        Sort sort = c.sort() == null ? Sort.by("urgent", Sort.Direction.Descending) : Sort.empty();
        sort = sort.and(field.name(), direction, Sort.NullPrecedence.NULLS_LAST).and("id", direction);
        return where.isEmpty()
                ? Opportunity.findAll(sort)
                : Opportunity.find(String.join(" and ", where), sort, params);
    }
}
