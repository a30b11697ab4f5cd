package com.repaero.gateway.console;

import java.util.function.Function;

import jakarta.ws.rs.core.Response;

import io.quarkus.qute.TemplateInstance;

/**
 * How every console form post ends once the service answered: post/redirect/get on success, otherwise the form (or
 * page) again with the service's refusal, under the service's status (400, 409, 412, 422).
 */
final class FormSubmission {

    private FormSubmission() {
    }

    /**
     * @param location where the browser goes after a success (read from the answer when it names what was made)
     * @param refusal the refusal as form errors: {@link #onFields} or {@link #onTop}
     * @param form the page that shows them
     */
    static Response complete(ServiceApi.Answer answer, Function<ServiceApi.Answer, String> location,
            Function<ServiceApi.Answer, FormErrors> refusal, Function<FormErrors, TemplateInstance> form) {
        if (answer.ok()) {
            return ConsolePages.seeOther(location.apply(answer));
        }
        return ConsolePages.html(status(answer), form.apply(refusal.apply(answer)));
    }

    /** The refusal next to the fields it is about ({@link Problems#toErrors}). */
    static Function<ServiceApi.Answer, FormErrors> onFields(Function<ServiceApi.Answer, SupplierApi.Problem> problem,
            ConsoleMessages messages, Function<String, Problems.Target> fields) {
        return answer -> Problems.toErrors(problem.apply(answer), messages, fields);
    }

    /** The refusal at the top of the page: an action with no field (issue, send, retry). */
    static Function<ServiceApi.Answer, FormErrors> onTop(Function<ServiceApi.Answer, SupplierApi.Problem> problem,
            ConsoleMessages messages) {
        return answer -> FormErrors.none().general(Problems.text(problem.apply(answer), messages));
    }

    /** The status of the page that shows a refusal: the service's (400, 409, 412, 422), never a success. */
    static int status(ServiceApi.Answer answer) {
        return answer.status() >= 400 ? answer.status() : 400;
    }
}
