package com.repaero.platform.api;

import com.repaero.platform.problem.ProblemException;

/**
 * Reads the version a client based its change on from {@code If-Match}: the ETag the API sent ({@code "3"}, strong or
 * weak). Optimistic locking over HTTP, the same in every service.
 */
public final class IfMatch {

    private IfMatch() {
    }

    /**
     * @param what what is being changed, for the messages (e.g. "The purchase order")
     * @return the version the client read
     * @throws ProblemException 428 when the header is missing; 412 for {@code *}, which would skip the check; 400
     *         naming {@code If-Match} when it is not an ETag of ours
     */
    public static int version(String header, String what) {
        if (header == null || header.isBlank()) {
            throw new ProblemException(428, "precondition-required", "Precondition required",
                    "Send If-Match with the ETag of the version you read, so that no one else's change is lost");
        }
        String tag = header.strip();
        if (tag.equals("*")) {
            throw new ProblemException.StaleVersion(what);
        }
        if (tag.startsWith("W/")) {
            tag = tag.substring(2);
        }
        if (tag.matches("\"\\d{1,9}\"")) {
            return Integer.parseInt(tag.substring(1, tag.length() - 1));
        }
        throw new ProblemException.InvalidInput("If-Match", "must be the ETag of the version read, e.g. \"3\"");
    }
}
