package com.repaero.gateway.routing;

import java.util.List;
import java.util.Locale;

/**
 * The {@code /api} paths anonymous callers may use ({@code repaero.gateway.public-paths}). A path that could mean
 * something else once decoded or normalised by the service (dot segments, encoded slashes or dots, backslashes) is
 * never public, so that {@code /api/customer/public/../customers} cannot slip past the token check.
 */
public final class PublicPaths {

    private final List<String> prefixes;

    public PublicPaths(List<String> prefixes) {
        this.prefixes = prefixes.stream().filter(p -> !p.isBlank()).map(PublicPaths::asPrefix).toList();
    }

    public boolean matches(String rawPath) {
        if (rawPath == null || prefixes.isEmpty() || ambiguous(rawPath)) {
            return false;
        }
        String path = rawPath.endsWith("/") ? rawPath : rawPath + "/";
        return prefixes.stream().anyMatch(path::startsWith);
    }

    private static boolean ambiguous(String path) {
        String lower = path.toLowerCase(Locale.ROOT);
        if (lower.contains("%2e") || lower.contains("%2f") || lower.contains("%5c") || lower.contains("\\")
                || lower.contains(";") || lower.contains("//")) {
            return true;
        }
        for (String segment : path.split("/")) {
            if (segment.equals(".") || segment.equals("..")) {
                return true;
            }
        }
        return false;
    }

    /** {@code /api/customer/public} and {@code /api/customer/public/} both mean the folder, not a name prefix. */
    private static String asPrefix(String prefix) {
        String trimmed = prefix.trim();
        return trimmed.endsWith("/") ? trimmed : trimmed + "/";
    }
}
