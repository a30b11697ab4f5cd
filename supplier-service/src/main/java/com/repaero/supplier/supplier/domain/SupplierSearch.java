package com.repaero.supplier.supplier.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

import com.repaero.platform.persistence.LikePattern;

/**
 * The supplier list queries, from the search criteria the API accepts: a light listing (a fixed number of queries
 * whatever the page size) and whole suppliers for a full export.
 */
public final class SupplierSearch {

    /** The largest page the API serves. */
    public static final int MAX_PAGE_SIZE = 100;

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

    /**
     * A supplier as a list shows it: its identity, where it is (the billing address's city, else the ordering one's),
     * its approval and its categories; no contacts, bank accounts or history.
     */
    public record Listing(long id, String legalName, String siren, String siret, String vatNumber, String email,
            String city, PaymentTerms paymentTerms, List<String> categories, ApprovalStatus approvalStatus,
            LocalDate approvedUntil, int version, Instant createdAt, Instant updatedAt) {
    }

    /** One page of results and the number of all matches. */
    public record Page<T>(List<T> items, long total) {
    }

    /**
     * One page of listings in four queries at most, whatever the page size: the page's rows, the cities and the
     * categories of those rows only (by supplier id, indexed), and the count, skipped when the page itself tells it.
     */
    public static Page<Listing> listing(Criteria c, int page, int size) {
        EntityManager em = Supplier.getEntityManager();
        Where where = where(c);
        TypedQuery<Object[]> rows = em.createQuery("select s.id, s.legalName, s.siren, s.siret, s.vatNumber, s.email,"
                + " s.paymentTerms, s.approvalStatus, s.approvedUntil, s.version, s.createdAt, s.updatedAt"
                + " from Supplier s" + where.clause() + orderBy(c), Object[].class)
                .setFirstResult(page * size)
                .setMaxResults(size);
        where.params().forEach(rows::setParameter);
        List<Object[]> found = rows.getResultList();
        if (found.isEmpty()) {
            return new Page<>(List.of(), total(em, where, page, size, 0));
        }
        List<Long> ids = found.stream().map(r -> (Long) r[0]).toList();

        // Billing city first, else the ordering one (at most one address of each kind per supplier).
        Map<Long, String> cities = new HashMap<>();
        em.createQuery("select s.id, a.kind, a.city from Supplier s join s.addresses a where s.id in :ids"
                + " and a.kind in :kinds", Object[].class)
                .setParameter("ids", ids)
                .setParameter("kinds", List.of(AddressKind.BILLING, AddressKind.ORDERING))
                .getResultList()
                .forEach(r -> {
                    if (r[1] == AddressKind.BILLING) {
                        cities.put((Long) r[0], (String) r[2]);
                    } else {
                        cities.putIfAbsent((Long) r[0], (String) r[2]);
                    }
                });
        Map<Long, List<String>> categories = new HashMap<>();
        em.createQuery("select s.id, c from Supplier s join s.categories c where s.id in :ids"
                + " order by s.id, index(c)", Object[].class)
                .setParameter("ids", ids)
                .getResultList()
                .forEach(r -> categories.computeIfAbsent((Long) r[0], id -> new ArrayList<>()).add((String) r[1]));

        List<Listing> items = found.stream().map(r -> new Listing((Long) r[0], (String) r[1], (String) r[2],
                (String) r[3], (String) r[4], (String) r[5], cities.get((Long) r[0]), (PaymentTerms) r[6],
                List.copyOf(categories.getOrDefault((Long) r[0], List.of())), (ApprovalStatus) r[7],
                (LocalDate) r[8], (Integer) r[9], (Instant) r[10], (Instant) r[11])).toList();
        return new Page<>(items, total(em, where, page, size, items.size()));
    }

    /** Whole suppliers, for a full export; their collections are then loaded a page at a time (@BatchSize). */
    public static Page<Supplier> suppliers(Criteria c, int page, int size) {
        EntityManager em = Supplier.getEntityManager();
        Where where = where(c);
        TypedQuery<Supplier> query = em.createQuery("select s from Supplier s" + where.clause() + orderBy(c),
                Supplier.class)
                .setFirstResult(page * size)
                .setMaxResults(size);
        where.params().forEach(query::setParameter);
        List<Supplier> found = query.getResultList();
        return new Page<>(found, total(em, where, page, size, found.size()));
    }

    // A page that is not full, and not past the end, tells the total itself: most searches need no count.
    private static long total(EntityManager em, Where where, int page, int size, int found) {
        if (found < size && (found > 0 || page == 0)) {
            return (long) page * size + found;
        }
        // count(*), not count(s.id): H2 counts a quarter faster without reading the column.
        TypedQuery<Long> count = em.createQuery("select count(*) from Supplier s" + where.clause(), Long.class);
        where.params().forEach(count::setParameter);
        return count.getSingleResult();
    }

    /** A where clause over the alias {@code s} and its parameters. */
    record Where(String clause, Map<String, Object> params) {
    }

    static Where where(Criteria c) {
        List<String> where = new ArrayList<>();
        Map<String, Object> params = new LinkedHashMap<>();
        if (c.q() != null && !c.q().isBlank()) {
            String q = c.q().strip();
            // A SIREN (9 digits) or SIRET (14), spaces allowed ("732 829 320"), is also looked up as such; other
            // text only against names.
            String digits = q.replaceAll("\\s", "");
            String identifier = !digits.chars().allMatch(Character::isDigit)
                    ? ""
                    : digits.length() == 9 ? " or s.siren = :id" : digits.length() == 14 ? " or s.siret = :id" : "";
            where.add("(s.searchName like :name escape '!'" + identifier + ")");
            params.put("name", LikePattern.containsIgnoreCase(q));
            if (!identifier.isEmpty()) {
                params.put("id", digits);
            }
        }
        if (c.category() != null && !c.category().isBlank()) {
            where.add("s.id in (select t.id from Supplier t join t.categories cat where upper(cat) = :category)");
            params.put("category", c.category().strip().toUpperCase(Locale.ROOT));
        }
        if (c.approval() != null) {
            switch (c.approval()) {
                case APPROVED -> where.add("s.approvalStatus = :approved and s.approvedUntil >= :today");
                case SUSPENDED -> where.add("s.approvalStatus = :suspended");
                case NOT_APPROVED -> where.add("s.approvalStatus = :notApproved");
                case EXPIRING -> where.add(
                        "s.approvalStatus = :approved and s.approvedUntil >= :today and s.approvedUntil <= :horizon");
                case EXPIRED -> where.add("s.approvalStatus = :approved and s.approvedUntil < :today");
            }
            switch (c.approval()) {
                case SUSPENDED -> params.put("suspended", ApprovalStatus.SUSPENDED);
                case NOT_APPROVED -> params.put("notApproved", ApprovalStatus.NOT_APPROVED);
                case EXPIRING -> {
                    params.put("approved", ApprovalStatus.APPROVED);
                    params.put("today", c.today());
                    params.put("horizon", c.today().plusDays(c.expiringWithinDays()));
                }
                default -> {
                    params.put("approved", ApprovalStatus.APPROVED);
                    params.put("today", c.today());
                }
            }
        }
        return new Where(where.isEmpty() ? "" : " where " + String.join(" and ", where), params);
    }

    // Never approved (no date) last whatever the direction, and the id to make pages stable.
    private static String orderBy(Criteria c) {
        SortField field = c.sort() == null ? SortField.legalName : c.sort();
        String direction = c.descending() ? " desc" : " asc";
        String nulls = field == SortField.approvedUntil ? " nulls last" : "";
        return " order by s." + field.property + direction + nulls + ", s.id" + direction;
    }
}
