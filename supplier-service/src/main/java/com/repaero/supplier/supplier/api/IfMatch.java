package com.repaero.supplier.supplier.api;

import com.repaero.platform.problem.ProblemException;

/** Reads the version out of an If-Match header: the strong or weak ETag this API sends ({@code "3"}). */
final class IfMatch {

    private IfMatch() {
    }

    /** The version the client read; 428 without one, 400 when it is not an ETag of ours. */
    static int version(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new ProblemException(428, "precondition-required", "Precondition required",
                    "Send If-Match with the ETag of the version you read, so that no one else's change is lost");
        }
        String tag = ifMatch.strip();
        if (tag.startsWith("W/")) {
            tag = tag.substring(2);
        }
        if (tag.matches("\"\\d{1,9}\"")) {
            return Integer.parseInt(tag.substring(1, tag.length() - 1));
        }
        throw new InvalidInput("If-Match", "must be the ETag of the version read, e.g. \"3\"");
    }
}
