package com.repaero.platform.persistence;

import java.util.Locale;

/**
 * Builds case-insensitive "contains" patterns for JPQL {@code like}, with the user's {@code %} and {@code _} taken
 * literally. Queries must say {@code like :pattern escape '!'} explicitly: without an escape clause Hibernate emits
 * {@code escape ''}, which Oracle (and H2 in Oracle mode) reads as NULL, so nothing ever matches.
 */
public final class LikePattern {

    /** The escape character to declare in the query: {@code like ?1 escape '!'}. */
    public static final char ESCAPE = '!';

    private LikePattern() {
    }

    /** {@code %TERM%} in upper case, for {@code upper(column) like ?1 escape '!'}. */
    public static String containsIgnoreCase(String term) {
        StringBuilder pattern = new StringBuilder("%");
        for (char c : term.strip().toUpperCase(Locale.ROOT).toCharArray()) {
            if (c == '%' || c == '_' || c == ESCAPE) {
                pattern.append(ESCAPE);
            }
            pattern.append(c);
        }
        return pattern.append('%').toString();
    }
}
