package com.repaero.customer.customer.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.repaero.platform.persistence.LikePattern;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;

/** Builds the customer list query from the search criteria the API accepts. */
public final class CustomerSearch {

    private CustomerSearch() {
    }

    /** The sortable fields, by their API name. */
    public enum SortField {
        legalName, createdAt, updatedAt, city
    }

    /** What the caller asked for; null means no filter. */
    public record Criteria(String q, String country, String city, boolean archived, SortField sort,
            boolean descending) {
    }

    public static PanacheQuery<Customer> query(Criteria c) {
        List<String> where = new ArrayList<>();
        Parameters params = new Parameters();
        where.add("archived = :archived");
        params.and("archived", c.archived());
        if (c.q() != null && !c.q().isBlank()) {
            // Name or contact name contains the term; or an exact SIREN, SIRET, VAT number or Access key.
            where.add("(upper(legalName) like :term escape '!' or siren = :id or siret = :id or vatNumber = :id"
                    + " or legacyKey = :id or id in (select c.id from Customer c join c.contacts k"
                    + " where upper(k.name) like :term escape '!' or upper(k.email) = :email))");
            params.and("term", LikePattern.containsIgnoreCase(c.q())).and("id", c.q().strip())
                    .and("email", c.q().strip().toUpperCase(Locale.ROOT));
        }
        if (c.country() != null && !c.country().isBlank()) {
            where.add("country = :country");
            params.and("country", c.country().strip().toUpperCase(Locale.ROOT));
        }
        if (c.city() != null && !c.city().isBlank()) {
            where.add("upper(billing.city) like :city escape '!'");
            params.and("city", LikePattern.containsIgnoreCase(c.city()));
        }
        SortField field = c.sort() == null ? SortField.legalName : c.sort();
        String property = field == SortField.city ? "billing.city" : field.name();
        Sort.Direction direction = c.descending() ? Sort.Direction.Descending : Sort.Direction.Ascending;
        // The id last, so that pages are stable.
        Sort sort = Sort.by(property, direction, Sort.NullPrecedence.NULLS_LAST).and("id", direction);
        return Customer.find(String.join(" and ", where), sort, params);
    }
}
