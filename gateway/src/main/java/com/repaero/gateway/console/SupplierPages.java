package com.repaero.gateway.console;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;

/**
 * The supplier screens: search with paging, registration form (the API's field errors shown next to each field) and
 * detail. Every call goes to supplier-service with the person's own token.
 */
@Path("/console/suppliers")
@Produces(MediaType.TEXT_HTML)
@Authenticated
public class SupplierPages {

    private static final String SERVICE = "supplier";
    private static final String API = "/api/supplier/suppliers";
    private static final int PAGE_SIZE = 20;
    private static final List<String> APPROVAL_FILTERS = List.of("APPROVED", "SUSPENDED", "NOT_APPROVED", "EXPIRING",
            "EXPIRED");
    static final List<String> APPROVAL_STATUSES = List.of("APPROVED", "SUSPENDED", "NOT_APPROVED");

    private final ConsolePages pages;
    private final ServiceApi api;
    private final Template search;
    private final Template form;
    private final Template detail;

    public SupplierPages(ConsolePages pages, ServiceApi api, @Location("console/suppliers.html") Template search,
            @Location("console/supplier-form.html") Template form,
            @Location("console/supplier.html") Template detail) {
        this.pages = pages;
        this.api = api;
        this.search = search;
        this.form = form;
        this.detail = detail;
    }

    /** A supplier as supplier-service returns it (fields the console does not show are ignored). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Supplier(long id, String legalName, String siren, String vatNumber, String email,
            Instant createdAt, String createdBy) {
    }

    /** A supplier with what its page shows: approval, payment terms, addresses (for a parcel's addressee). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record SupplierDetail(long id, String legalName, String siren, String siret, String vatNumber, String email,
            String paymentTerms, List<Address> addresses, String approvalStatus, String approvalScope,
            java.time.LocalDate approvedUntil, int version, Instant createdAt, String createdBy) {

        /** Where parcels to the supplier go: its returns address, else its ordering one, else its billing one. */
        public Address shippingAddress() {
            for (String kind : List.of("RETURNS", "ORDERING", "BILLING")) {
                for (Address a : addresses == null ? List.<Address>of() : addresses) {
                    if (kind.equals(a.kind())) {
                        return a;
                    }
                }
            }
            return null;
        }
    }

    /** A postal address of a supplier. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Address(String kind, String line1, String line2, String postalCode, String city, String country) {
    }

    /** The approval form as typed. */
    public record ApprovalForm(String status, String scope, String approvedUntil, String reason) {
    }

    /** One page of the search. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record SupplierPage(List<Supplier> items, int page, int size, long total) {
        public boolean none() {
            return total == 0;
        }

        public boolean one() {
            return total == 1;
        }

        public int pages() {
            return (int) Math.max(1, (total + size - 1) / size);
        }
    }

    /** A problem+json answer: the detail and the invalid fields. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Problem(String title, String detail, List<FieldError> errors) {
    }

    /** One invalid field of a problem. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record FieldError(String field, String message) {
    }

    /** What the user typed, sent back to them with the errors. */
    public record Form(String legalName, String siren, String vatNumber, String email) {
        boolean hasField(String field) {
            return List.of("legalName", "siren", "vatNumber", "email").contains(field);
        }
    }

    @GET
    public TemplateInstance search(@QueryParam("q") @DefaultValue("") String q,
            @QueryParam("approval") @DefaultValue("") String approval,
            @QueryParam("page") @DefaultValue("1") int page) {
        ConsoleUser user = pages.require(Screen.SUPPLIERS);
        int pageIndex = Math.max(0, page - 1);
        String approvalFilter = APPROVAL_FILTERS.contains(approval) ? approval : "";
        String query = "?q=" + encode(q.strip()) + (approvalFilter.isEmpty() ? "" : "&approval=" + approvalFilter)
                + "&page=" + pageIndex + "&size=" + PAGE_SIZE;
        ServiceApi.Answer answer = api.get(SERVICE, API + query, pages.token(), pages.locale());
        SupplierPage result = answer.ok()
                ? api.read(answer, SupplierPage.class)
                : new SupplierPage(List.of(), pageIndex, PAGE_SIZE, 0);
        return pages.page(search, user, Screen.SUPPLIERS)
                .data("q", q)
                .data("approval", approvalFilter)
                .data("qParam", encode(q.strip()) + (approvalFilter.isEmpty() ? "" : "&approval=" + approvalFilter))
                .data("result", result)
                .data("pageNumber", pageIndex + 1)
                .data("prevPage", pageIndex)
                .data("nextPage", pageIndex + 2);
    }

    @GET
    @Path("new")
    public TemplateInstance newSupplier() {
        ConsoleUser user = pages.require(Screen.SUPPLIER_CREATE);
        return formPage(user, new Form("", "", "", ""), Map.of(), List.of());
    }

    @POST
    @Path("new")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(@FormParam("legalName") String legalName, @FormParam("siren") String siren,
            @FormParam("vatNumber") String vatNumber, @FormParam("email") String email) {
        ConsoleUser user = pages.require(Screen.SUPPLIER_CREATE);
        pages.requireSameOrigin();
        Form typed = new Form(nullToEmpty(legalName), nullToEmpty(siren), nullToEmpty(vatNumber), nullToEmpty(email));
        Map<String, String> body = new LinkedHashMap<>();
        body.put("legalName", typed.legalName().strip());
        body.put("siren", typed.siren().replace(" ", ""));
        body.put("vatNumber", blankToNull(typed.vatNumber().replace(" ", "")));
        body.put("email", blankToNull(typed.email().strip()));
        ServiceApi.Answer answer = api.post(SERVICE, API, body, pages.token(), pages.locale());
        if (answer.ok()) {
            Supplier created = api.read(answer, Supplier.class);
            // Post/redirect/get: a reload does not register the supplier twice.
            return Response.seeOther(URI.create("/console/suppliers/" + created.id() + "?created=true")).build();
        }
        Problem problem = api.read(answer, Problem.class);
        Map<String, String> fieldErrors = new LinkedHashMap<>();
        List<String> otherErrors = new java.util.ArrayList<>();
        for (FieldError error : problem.errors() == null ? List.<FieldError>of() : problem.errors()) {
            if (typed.hasField(error.field())) {
                fieldErrors.merge(error.field(), error.message(), (a, b) -> a + " ; " + b);
            } else {
                otherErrors.add(error.field() + " : " + error.message());
            }
        }
        if (fieldErrors.isEmpty() && otherErrors.isEmpty()) {
            otherErrors.add(problem.detail() != null ? problem.detail() : problem.title());
        }
        return Response.status(answer.status() == 403 ? 403 : 400)
                .type(MediaType.TEXT_HTML + ";charset=UTF-8")
                .entity(formPage(user, typed, fieldErrors, otherErrors).render())
                .build();
    }

    @GET
    @Path("{id: \\d+}")
    public TemplateInstance detail(@PathParam("id") long id, @QueryParam("created") boolean created,
            @QueryParam("approved") boolean approved) {
        ConsoleUser user = pages.require(Screen.SUPPLIERS);
        return detailPage(user, id, created, approved, new ApprovalForm("APPROVED", "", "", ""), FormErrors.none());
    }

    /** Records an approval decision (the supplier evaluation): purchasing and admin, as the service allows. */
    @POST
    @Path("{id: \\d+}/approval")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response approve(@PathParam("id") long id, @FormParam("status") String status,
            @FormParam("scope") String scope, @FormParam("approvedUntil") String approvedUntil,
            @FormParam("reason") String reason) {
        ConsoleUser user = pages.require(Screen.SUPPLIER_CREATE);
        pages.requireSameOrigin();
        ConsoleMessages msg = pages.messages();
        ApprovalForm typed = new ApprovalForm(APPROVAL_STATUSES.contains(status) ? status : "APPROVED",
                nullToEmpty(scope), nullToEmpty(approvedUntil), nullToEmpty(reason));
        FormErrors errors = FormErrors.none();
        String until = OrderPages.day(typed.approvedUntil(), "approvedUntil", msg.approval_until(), errors, msg);
        if (errors.any()) {
            return ConsolePages.html(400, detailPage(user, id, false, false, typed, errors));
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", typed.status());
        body.put("scope", FormValues.trimmed(typed.scope()));
        body.put("approvedUntil", until);
        body.put("reason", FormValues.trimmed(typed.reason()));
        ServiceApi.Answer answer = api.post(SERVICE, API + "/" + id + "/approval", body, pages.token(),
                pages.locale());
        if (answer.ok()) {
            return Response.seeOther(URI.create("/console/suppliers/" + id + "?approved=true")).build();
        }
        SupplierApi.Problem problem = api.read(answer, SupplierApi.Problem.class);
        FormErrors refused = Problems.toErrors(problem, msg, field -> switch (field) {
            case "status" -> new Problems.Target("approval-status", msg.approval_status());
            case "scope" -> new Problems.Target("scope", msg.approval_scope());
            case "approvedUntil", "#approval-expiry-not-in-future" -> new Problems.Target("approvedUntil",
                    msg.approval_until());
            case "reason" -> new Problems.Target("reason", msg.approval_reason());
            default -> null;
        });
        return ConsolePages.html(FormSubmission.status(answer), detailPage(user, id, false, false, typed, refused));
    }

    private TemplateInstance detailPage(ConsoleUser user, long id, boolean created, boolean approved,
            ApprovalForm approval, FormErrors errors) {
        ServiceApi.Answer answer = api.get(SERVICE, API + "/" + id, pages.token(), pages.locale());
        if (!answer.ok()) {
            throw pages.notFound(user);
        }
        return pages.page(detail, user, Screen.SUPPLIERS)
                .data("supplier", api.read(answer, SupplierDetail.class))
                .data("created", created)
                .data("approved", approved)
                .data("approval", approval)
                .data("statuses", APPROVAL_STATUSES)
                .data("mayApprove", user.may(Screen.SUPPLIER_CREATE))
                .data("errors", errors);
    }

    private TemplateInstance formPage(ConsoleUser user, Form typed, Map<String, String> fieldErrors,
            List<String> otherErrors) {
        return pages.page(form, user, Screen.SUPPLIERS)
                .data("form", typed)
                .data("errors", fieldErrors)
                .data("otherErrors", otherErrors)
                .data("errorCount", fieldErrors.size() + otherErrors.size());
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }

    private static String blankToNull(String value) {
        return value.isBlank() ? null : value;
    }
}
