package com.repaero.gateway.console;

import java.util.function.Function;

/**
 * A service's refusal turned into form errors: each invalid field next to the input it comes from, and a business
 * rule (its {@code code}, translated) next to the field it is about, or at the top of the form.
 */
public final class Problems {

    /** Where an error shows: the input's id and the label the summary names. */
    public record Target(String anchor, String label) {
    }

    private Problems() {
    }

    /**
     * @param fields maps a problem field ({@code lines[0].quantity}) or a problem code prefixed with {@code #}
     *        ({@code #over-delivery}) to its input; null leaves the error at the top of the form
     */
    public static FormErrors toErrors(SupplierApi.Problem problem, ConsoleMessages messages,
            Function<String, Target> fields) {
        FormErrors errors = FormErrors.none();
        for (SupplierApi.FieldError error : problem.fieldErrors()) {
            Target target = error.field() == null ? null : fields.apply(error.field());
            if (target == null) {
                errors.general((error.field() == null ? "" : error.field() + " : ") + error.message());
            } else {
                errors.field(target.anchor(), target.label(), error.message());
            }
        }
        if (!errors.any()) {
            String text = text(problem, messages);
            Target target = problem.code() == null ? null : fields.apply("#" + problem.code());
            if (target == null) {
                errors.general(text);
            } else {
                errors.field(target.anchor(), target.label(), text);
            }
        }
        return errors;
    }

    /** The problem in the person's language when the console knows its code, else the service's own words. */
    public static String text(SupplierApi.Problem problem, ConsoleMessages messages) {
        String fallback = problem.detail() != null
                ? problem.detail()
                : problem.title() != null ? problem.title() : messages.problem_refused(problem.status());
        return messages.problem(problem.code() == null ? "" : problem.code(), fallback);
    }
}
