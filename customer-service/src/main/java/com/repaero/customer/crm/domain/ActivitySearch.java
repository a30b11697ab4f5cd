package com.repaero.customer.crm.domain;

import java.util.ArrayList;
import java.util.List;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;

/** Builds the activity list query: by due date, the earliest (so the overdue) first, undated last. */
public final class ActivitySearch {

    private ActivitySearch() {
    }

    /** What the caller asked for; null means no filter. */
    public record Criteria(Long customerId, Long opportunityId, String owner, ActivityType type, Boolean done) {
    }

    public static PanacheQuery<Activity> query(Criteria c) {
        List<String> where = new ArrayList<>();
        Parameters params = new Parameters();
        if (c.customerId() != null) {
            where.add("customerId = :customerId");
            params.and("customerId", c.customerId());
        }
        if (c.opportunityId() != null) {
            where.add("opportunityId = :opportunityId");
            params.and("opportunityId", c.opportunityId());
        }
        if (c.owner() != null && !c.owner().isBlank()) {
            where.add("owner = :owner");
            params.and("owner", c.owner().strip());
        }
        if (c.type() != null) {
            where.add("type = :type");
            params.and("type", c.type());
        }
        if (c.done() != null) {
            where.add("done = :done");
            params.and("done", c.done());
        }
        Sort sort = Sort.by("dueAt", Sort.Direction.Ascending, Sort.NullPrecedence.NULLS_LAST).and("id");
        return where.isEmpty()
                ? Activity.findAll(sort)
                : Activity.find(String.join(" and ", where), sort, params);
    }
}
