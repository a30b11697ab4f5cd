package com.repaero.supplier.purchasing.api;

import com.repaero.platform.problem.ProblemException;

/** Reads the version a client based its change on from {@code If-Match} (the ETag it was given: the version). */
public final class IfMatch {

    private IfMatch() {
    }

    /**
     * @throws ProblemException 428 {@code precondition-required} when the header is missing, 412 when it cannot be the
     *         current version (not a version number, or {@code *}, which would defeat the check)
     */
    public static int version(String header, String what) {
        if (header == null || header.isBlank()) {
            throw new ProblemException(428, "precondition-required", "Precondition required",
                    "Send If-Match with the ETag of " + what + " you changed");
        }
        String tag = header.strip();
        if (tag.startsWith("W/")) {
            tag = tag.substring(2);
        }
        if (tag.length() >= 2 && tag.startsWith("\"") && tag.endsWith("\"")) {
            tag = tag.substring(1, tag.length() - 1);
        }
        if (!tag.matches("\\d{1,9}")) {
            throw new ProblemException.StaleVersion(what);
        }
        return Integer.parseInt(tag);
    }
}
