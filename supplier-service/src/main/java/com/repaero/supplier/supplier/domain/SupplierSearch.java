package com.repaero.supplier.supplier.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.repaero.platform.persistence.LikePattern;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;

/** Builds the supplier list query from the search criteria the API accepts. */
public final class SupplierSearch {

    private SupplierSearch() {
    }

    /** Where a supplier stands in its approval, as a list filter. */
    public enum ApprovalFilter {
        /** Approved and not expired today. */
        APPROVED, SUSPENDED, NOT_APPROVED,
        /** Approved, still valid today, but expiring within the given number of days: time to re-evaluate. */
        EXPIRING,
        /** Status still APPROVED but the expiry date is past: ordering is blocked. */
        EXPIRED
    }

    /** The sortable fields, by their API name. */
    public enum SortField {
        legalName("legalName"), createdAt("createdAt"), approvedUntil("approvedUntil");

        final String property;

        SortField(String property) {
            this.property = property;
        }
    }

    /** What the caller asked for; null means no filter. */
    public record Criteria(String q, ApprovalFilter approval, int expiringWithinDays, String category,
            SortField sort, boolean descending, LocalDate today) {
    }

    public static PanacheQuery<Supplier> query(Criteria c) {
        List<String> where = new ArrayList<>();
        Parameters params = new Parameters();
        if (c.q() != null && !c.q().isBlank()) {
            where.add("(upper(legalName) like :name escape '!' or siren = :id or siret = :id)");
            params.and("name", LikePattern.containsIgnoreCase(c.q())).and("id", c.q().strip());
        }
        if (c.category() != null && !c.category().isBlank()) {
            where.add("id in (select s.id from Supplier s join s.categories cat where upper(cat) = :category)");
            params.and("category", c.category().strip().toUpperCase(Locale.ROOT));
        }
        if (c.approval() != null) {
            switch (c.approval()) {
                case APPROVED -> where.add("approvalStatus = :approved and approvedUntil >= :today");
                case SUSPENDED -> where.add("approvalStatus = :suspended");
                case NOT_APPROVED -> where.add("approvalStatus = :notApproved");
                case EXPIRING -> where.add(
                        "approvalStatus = :approved and approvedUntil >= :today and approvedUntil <= :horizon");
                case EXPIRED -> where.add("approvalStatus = :approved and approvedUntil < :today");
            }
            switch (c.approval()) {
                case SUSPENDED -> params.and("suspended", ApprovalStatus.SUSPENDED);
                case NOT_APPROVED -> params.and("notApproved", ApprovalStatus.NOT_APPROVED);
                case EXPIRING -> params.and("approved", ApprovalStatus.APPROVED).and("today", c.today())
                        .and("horizon", c.today().plusDays(c.expiringWithinDays()));
                default -> params.and("approved", ApprovalStatus.APPROVED).and("today", c.today());
            }
        }
        SortField field = c.sort() == null ? SortField.legalName : c.sort();
        Sort.Direction direction = c.descending() ? Sort.Direction.Descending : Sort.Direction.Ascending;
        // Nulls (never approved) last whatever the direction, and the id to make pages stable.
        Sort sort = Sort.by(field.property, direction, Sort.NullPrecedence.NULLS_LAST).and("id", direction);
        return where.isEmpty() ? Supplier.findAll(sort) : Supplier.find(String.join(" and ", where), sort, params);
    }
}
