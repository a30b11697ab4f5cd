package com.repaero.supplier.supplier.api;

import com.repaero.platform.problem.Problem;
import com.repaero.platform.problem.ProblemException;

/**
 * 400 naming one invalid input (a query parameter, a header, a CSV body) that Bean Validation cannot see, shaped like
 * the validation problems so clients handle both alike.
 */
public class InvalidInput extends ProblemException {

    private final String field;

    public InvalidInput(String field, String message) {
        super(400, "validation", "Invalid request", message);
        this.field = field;
    }

    @Override
    public Problem problem() {
        return Problem.invalid("Invalid field(s): " + field,
                java.util.List.of(new Problem.InvalidField(field, getMessage())));
    }
}
