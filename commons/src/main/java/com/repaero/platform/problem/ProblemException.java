package com.repaero.platform.problem;

/**
 * A domain or application error that becomes a problem response: thrown by the domain, mapped in one place
 * ({@link ProblemExceptionMappers}). Use the subclasses for the usual statuses.
 */
public class ProblemException extends RuntimeException {

    private final int status;
    private final String code;
    private final String title;

    public ProblemException(int status, String code, String title, String detail) {
        super(detail);
        this.status = status;
        this.code = code;
        this.title = title;
    }

    public Problem problem() {
        return Problem.of(status, code, title, getMessage());
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }

    /** 404: the addressed resource does not exist. */
    public static class NotFound extends ProblemException {
        public NotFound(String what, Object id) {
            super(404, "not-found", "Not found", what + " " + id + " does not exist");
        }
    }

    /** 409: the request conflicts with the current state (e.g. an invalid state transition, a duplicate key). */
    public static class Conflict extends ProblemException {
        public Conflict(String code, String detail) {
            super(409, code, "Conflict", detail);
        }
    }

    /** 422: well-formed, but a business rule refuses it. */
    public static class RuleViolated extends ProblemException {
        public RuleViolated(String code, String detail) {
            super(422, code, "Business rule violated", detail);
        }
    }

    /**
     * 400 naming one invalid input that Bean Validation cannot see (a query parameter, a header, a CSV body), shaped
     * like the validation problems so clients handle both alike.
     */
    public static class InvalidInput extends ProblemException {
        private final String field;

        public InvalidInput(String field, String message) {
            super(400, "validation", "Invalid request", message);
            this.field = field;
        }

        @Override
        public Problem problem() {
            return Problem.invalid("Invalid field(s): " + field, java.util.List.of(new Problem.InvalidField(field,
                    getMessage())));
        }
    }

    /** 412: the If-Match version is not the current one. */
    public static class StaleVersion extends ProblemException {
        public StaleVersion(String what) {
            super(412, "stale-version", "Precondition failed",
                    what + " was changed by someone else; reload it and apply your change again");
        }
    }
}
