package com.repaero.gateway.console;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.core.Response;

import com.fasterxml.jackson.core.type.TypeReference;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;

/**
 * The invoice and quote forms' shared flow: the customer picked by a search, lines added and removed, French numbers
 * read, the service's refusal put back on its field or row, post/redirect/get on success.
 */
@RequestScoped
public class DocumentEditor {

    /** Where the form posts, where "cancel" goes, and the page's title. */
    public record Target(String action, String cancel, String title, String button) {
    }

    private final ConsolePages pages;
    private final CustomerApi api;
    private final Template form;

    public DocumentEditor(ConsolePages pages, CustomerApi api, @Location("console/document-form.html") Template form) {
        this.pages = pages;
        this.api = api;
        this.form = form;
    }

    public TemplateInstance page(ConsoleUser user, Screen current, DocumentForm typed,
            List<DocumentForm.CustomerChoice> found, FormErrors errors, Target target) {
        // The chosen customer stays offered (and checked) after any re-render of the form.
        List<DocumentForm.CustomerChoice> choices = new ArrayList<>(found);
        Long chosen = DocumentForm.parseId(typed.customerId);
        if (chosen != null && choices.stream().noneMatch(c -> c.id() == chosen)) {
            ServiceApi.Answer answer = api.get("/customers/" + chosen);
            if (answer.ok()) {
                CustomerPages.Customer c = api.read(answer, CustomerPages.Customer.class);
                choices.add(0, new DocumentForm.CustomerChoice(c.id(), c.legalName(), c.siren(),
                        c.billingAddress() == null ? null : c.billingAddress().city(), true));
            }
        }
        choices.replaceAll(c -> new DocumentForm.CustomerChoice(c.id(), c.legalName(), c.siren(), c.city(),
                chosen != null && c.id() == chosen));
        return pages.page(form, user, current)
                .data("form", typed)
                .data("choices", choices)
                .data("rates", DocumentForm.VAT_RATES)
                .data("categories", DocumentForm.CATEGORIES)
                .data("terms", CustomerPages.PAYMENT_TERMS)
                .data("target", target)
                .data("errors", errors);
    }

    /**
     * One post of the form: a search, a line added or removed re-render it; "save" sends the body, then redirects to
     * where {@code location} says, or shows the refusal on the form.
     */
    public Response submit(ConsoleUser user, Screen current, DocumentForm typed, String action, Target target,
            Function<Map<String, Object>, ServiceApi.Answer> send, Function<ServiceApi.Answer, String> location,
            java.util.function.Supplier<String> currentVersion) {
        InvoicingMessages inv = pages.invoicing();
        ConsoleMessages msg = pages.messages();
        if ("find-customer".equals(action)) {
            List<DocumentForm.CustomerChoice> found = findCustomers(typed.customerQuery);
            FormErrors errors = FormErrors.none();
            if (found.isEmpty()) {
                errors.field("customerQuery", inv.document_customer(), inv.document_customer_none());
            }
            return ConsolePages.html(errors.any() ? 400 : 200, page(user, current, typed, found, errors, target));
        }
        if (typed.edit(action)) {
            return ConsolePages.html(200, page(user, current, typed, List.of(), FormErrors.none(), target));
        }
        FormErrors errors = FormErrors.none();
        List<Integer> rowOfLine = new ArrayList<>();
        Map<String, Object> body = typed.body(errors, rowOfLine, msg, inv);
        if (errors.any()) {
            return ConsolePages.html(400, page(user, current, typed, List.of(), errors, target));
        }
        return FormSubmission.complete(send.apply(body), location, refused -> {
            if (refused.status() != 412) {
                return typed.refused(api.problem(refused), rowOfLine, msg, inv);
            }
            if (currentVersion != null) {
                // Kept as typed; saving again replaces the other person's values knowingly.
                typed.version = currentVersion.get();
            }
            return FormErrors.none().general(inv.document_conflict());
        }, shown -> page(user, current, typed, List.of(), shown, target));
    }

    List<DocumentForm.CustomerChoice> findCustomers(String query) {
        ServiceApi.Answer answer = api.get("/customers?q="
                + URLEncoder.encode(FormValues.orEmpty(query).strip(), StandardCharsets.UTF_8) + "&page=0&size=10");
        if (!answer.ok()) {
            return List.of();
        }
        return api.read(answer, new TypeReference<SupplierApi.Page<CustomerPages.Summary>>() {
        }).items().stream()
                .map(c -> new DocumentForm.CustomerChoice(c.id(), c.legalName(), c.siren(), c.city(), false))
                .toList();
    }
}
