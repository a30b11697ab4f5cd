package com.repaero.gateway.console;

import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import jakarta.ws.rs.BeanParam;
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
 * The customer screens: search with paging, registration (SIREN, VAT, billing address; the API's field errors next to
 * each field) and detail with contacts and opportunities. Every call goes to customer-service with the person's token.
 */
@Path("/console/customers")
@Produces(MediaType.TEXT_HTML)
@Authenticated
public class CustomerPages {

    private static final int PAGE_SIZE = 20;
    static final List<String> PAYMENT_TERMS = List.of("ON_RECEIPT", "DAYS_30", "DAYS_30_END_OF_MONTH", "DAYS_45",
            "DAYS_45_END_OF_MONTH", "DAYS_60");

    private final ConsolePages pages;
    private final CustomerApi api;
    private final Template search;
    private final Template form;
    private final Template detail;
    private final Template archive;

    public CustomerPages(ConsolePages pages, CustomerApi api, @Location("console/customers.html") Template search,
            @Location("console/customer-form.html") Template form, @Location("console/customer.html") Template detail,
            @Location("console/customer-archive.html") Template archive) {
        this.archive = archive;
        this.pages = pages;
        this.api = api;
        this.search = search;
        this.form = form;
        this.detail = detail;
    }

    /** A line of the search. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Summary(long id, String legalName, String siren, String country, String city, String email,
            String phone, boolean archived, Instant updatedAt) {
    }

    /** A postal address. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Address(String line1, String line2, String postalCode, String city, String country) {
    }

    /** A contact person of a customer. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Contact(String name, String role, String email, String phone, String mobile, String legacyKey) {
    }

    /** A customer as its page shows it. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Customer(long id, String legalName, String siren, String siret, String vatNumber, String country,
            Address billingAddress, Address deliveryAddress, String email, String phone, String paymentTerms,
            String notes, List<Contact> contacts, String legacyKey, boolean archived, int version, Instant createdAt,
            String createdBy) {

        /** The customer as the API takes it back on PUT: every field as read (an update replaces them all). */
        Map<String, Object> asRequest() {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("legalName", legalName);
            body.put("siren", siren);
            body.put("siret", siret);
            body.put("vatNumber", vatNumber);
            body.put("country", country);
            body.put("billingAddress", billingAddress);
            body.put("deliveryAddress", deliveryAddress);
            body.put("email", email);
            body.put("phone", phone);
            body.put("paymentTerms", paymentTerms);
            body.put("notes", notes);
            body.put("contacts", contacts == null ? List.of() : contacts);
            return body;
        }
    }

    /** A contact as typed on the customer page. */
    public static class ContactForm {
        @FormParam("version")
        public String version = "";
        @FormParam("contactName")
        public String name = "";
        @FormParam("contactRole")
        public String role = "";
        @FormParam("contactEmail")
        public String email = "";
        @FormParam("contactPhone")
        public String phone = "";
        @FormParam("contactMobile")
        public String mobile = "";

        Contact contact() {
            return new Contact(FormValues.trimmed(name), FormValues.trimmed(role), FormValues.trimmed(email),
                    Form.compact(phone), Form.compact(mobile), null);
        }
    }

    /** Money the customer paid beyond what its invoices asked; {@code remaining} is what is left to use. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Credit(long id, long customerId, long lineId, BigDecimal amount, BigDecimal remaining,
            Instant createdAt) {
        public BigDecimal left() {
            return remaining != null ? remaining : amount;
        }

        public boolean usable() {
            return left() != null && left().signum() > 0;
        }

        public String anchor(String field) {
            return "credit-" + id + "-" + field;
        }
    }

    /** A credit being used as typed, kept when the service refuses it. */
    public record Applying(long creditId, String invoiceId, String amount) {
        public boolean chose(long credit, long invoice) {
            return credit == creditId && Long.toString(invoice).equals(invoiceId);
        }

        public String amountFor(long credit) {
            return credit == creditId ? amount : "";
        }
    }

    /** Just enough of a problem to tell its kind by its {@code type} or {@code code}. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record ProblemKind(String type, String code) {
        String kind() {
            if (code != null && !code.isBlank()) {
                return code;
            }
            return type == null ? "" : type.replaceFirst(".*[:/]", "");
        }
    }

    /** One of the person's values the service did not take because someone else changed the customer first. */
    public record Unsaved(String label, String value) {
    }

    /** An opportunity in a list. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Opportunity(long id, long customerId, String customerName, String title, BigDecimal amount,
            LocalDate expectedCloseDate, String owner, long stageId, boolean urgent, String source, int version) {
    }

    /** The registration form as typed. */
    public static class Form {
        @FormParam("legalName")
        public String legalName = "";
        @FormParam("siren")
        public String siren = "";
        @FormParam("siret")
        public String siret = "";
        @FormParam("vatNumber")
        public String vatNumber = "";
        @FormParam("country")
        public String country = "FR";
        @FormParam("email")
        public String email = "";
        @FormParam("phone")
        public String phone = "";
        @FormParam("line1")
        public String line1 = "";
        @FormParam("line2")
        public String line2 = "";
        @FormParam("postalCode")
        public String postalCode = "";
        @FormParam("city")
        public String city = "";
        @FormParam("paymentTerms")
        public String paymentTerms = "";
        @FormParam("notes")
        public String notes = "";
        /** The version the edit form was opened on, sent back as If-Match. */
        @FormParam("version")
        public String version = "";

        /** The edit form filled with the customer as read. */
        static Form of(Customer c) {
            Form form = new Form();
            form.legalName = FormValues.orEmpty(c.legalName());
            form.siren = FormValues.orEmpty(c.siren());
            form.siret = FormValues.orEmpty(c.siret());
            form.vatNumber = FormValues.orEmpty(c.vatNumber());
            form.country = c.country() == null ? "FR" : c.country();
            form.email = FormValues.orEmpty(c.email());
            form.phone = FormValues.orEmpty(c.phone());
            if (c.billingAddress() != null) {
                form.line1 = FormValues.orEmpty(c.billingAddress().line1());
                form.line2 = FormValues.orEmpty(c.billingAddress().line2());
                form.postalCode = FormValues.orEmpty(c.billingAddress().postalCode());
                form.city = FormValues.orEmpty(c.billingAddress().city());
            }
            form.paymentTerms = FormValues.orEmpty(c.paymentTerms());
            form.notes = FormValues.orEmpty(c.notes());
            form.version = Integer.toString(c.version());
            return form;
        }

        Map<String, Object> body() {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("legalName", FormValues.trimmed(legalName));
            body.put("siren", compact(siren));
            body.put("siret", compact(siret));
            body.put("vatNumber", compact(vatNumber));
            String countryCode = FormValues.blank(country) ? "FR" : country.strip().toUpperCase(java.util.Locale.ROOT);
            body.put("country", countryCode);
            body.put("email", FormValues.trimmed(email));
            body.put("phone", compact(phone));
            if (!FormValues.blank(line1) || !FormValues.blank(postalCode) || !FormValues.blank(city)) {
                Map<String, Object> address = new LinkedHashMap<>();
                address.put("line1", FormValues.trimmed(line1));
                address.put("line2", FormValues.trimmed(line2));
                address.put("postalCode", FormValues.trimmed(postalCode));
                address.put("city", FormValues.trimmed(city));
                address.put("country", countryCode);
                body.put("billingAddress", address);
            }
            body.put("paymentTerms", PAYMENT_TERMS.contains(paymentTerms) ? paymentTerms : null);
            body.put("notes", FormValues.trimmed(notes));
            return body;
        }

        /** The typed fields over the customer as read: what the form does not show (contacts...) is kept. */
        Map<String, Object> update(Customer current) {
            Map<String, Object> body = current.asRequest();
            body.putAll(body());
            if (!body().containsKey("billingAddress")) {
                body.put("billingAddress", null);
            }
            return body;
        }

        static String compact(String value) {
            return FormValues.blank(value) ? null : value.replace(" ", "").strip();
        }
    }

    @GET
    public TemplateInstance search(@QueryParam("q") @DefaultValue("") String q,
            @QueryParam("page") @DefaultValue("1") int page) {
        ConsoleUser user = pages.require(Screen.CUSTOMERS);
        int pageIndex = Math.max(0, page - 1);
        String qParam = URLEncoder.encode(q.strip(), StandardCharsets.UTF_8);
        ServiceApi.Answer answer = api.get("/customers?q=" + qParam + "&page=" + pageIndex + "&size=" + PAGE_SIZE);
        SupplierApi.Page<Summary> result = answer.ok()
                ? api.read(answer, new com.fasterxml.jackson.core.type.TypeReference<SupplierApi.Page<Summary>>() {
                })
                : new SupplierApi.Page<>(List.of(), pageIndex, PAGE_SIZE, 0);
        return pages.page(search, user, Screen.CUSTOMERS)
                .data("q", q)
                .data("qParam", qParam)
                .data("result", result)
                .data("pageNumber", pageIndex + 1)
                .data("prevPage", pageIndex)
                .data("nextPage", pageIndex + 2);
    }

    @GET
    @Path("new")
    public TemplateInstance newCustomer() {
        ConsoleUser user = pages.require(Screen.CUSTOMER_EDIT);
        return formPage(user, new Form(), FormErrors.none());
    }

    @POST
    @Path("new")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(@BeanParam Form typed) {
        ConsoleUser user = pages.require(Screen.CUSTOMER_EDIT);
        pages.requireSameOrigin();
        ServiceApi.Answer answer = api.post("/customers", typed.body());
        return FormSubmission.complete(answer,
                ok -> "/console/customers/" + api.read(ok, Customer.class).id() + "?created=true",
                refused -> fieldErrors(api.problem(refused)), errors -> formPage(user, typed, errors));
    }

    /** The service's refusal next to the field it is about (the same on registration and edit). */
    private FormErrors fieldErrors(SupplierApi.Problem problem) {
        CustomerMessages cust = pages.customer();
        return Problems.toErrors(problem, pages.messages(), field -> switch (field) {
            case "legalName" -> new Problems.Target("legalName", cust.customer_legalName());
            case "siren", "#duplicate-siren", "#siren-immutable" -> new Problems.Target("siren", cust.customer_siren());
            case "siret" -> new Problems.Target("siret", cust.customer_siret());
            case "vatNumber" -> new Problems.Target("vatNumber", cust.customer_vatNumber());
            case "country", "billingAddress.country" -> new Problems.Target("country", cust.customer_country());
            case "email" -> new Problems.Target("email", cust.customer_email());
            case "phone" -> new Problems.Target("phone", cust.customer_phone());
            case "billingAddress.line1" -> new Problems.Target("line1", cust.address_line1());
            case "billingAddress.line2" -> new Problems.Target("line2", cust.address_line2());
            case "billingAddress.postalCode" -> new Problems.Target("postalCode", cust.address_postalCode());
            case "billingAddress.city" -> new Problems.Target("city", cust.address_city());
            case "paymentTerms" -> new Problems.Target("paymentTerms", cust.customer_paymentTerms());
            case "notes" -> new Problems.Target("notes", cust.customer_notes());
            default -> null;
        });
    }

    // --- Edit (PUT with the version read as If-Match) ---

    @GET
    @Path("{id: \\d+}/edit")
    public TemplateInstance edit(@PathParam("id") long id) {
        ConsoleUser user = pages.require(Screen.CUSTOMER_UPDATE);
        Customer current = read(user, id);
        return editPage(user, current, Form.of(current), FormErrors.none(), List.of());
    }

    @POST
    @Path("{id: \\d+}/edit")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response save(@PathParam("id") long id, @BeanParam Form typed) {
        ConsoleUser user = pages.require(Screen.CUSTOMER_UPDATE);
        pages.requireSameOrigin();
        Customer current = read(user, id);
        ServiceApi.Answer answer = api.call(ServiceApi.Call.put("/customers/" + id)
                .body(api.json(typed.update(current)), "application/json")
                .header("If-Match", OrderPages.etag(typed.version)));
        if (answer.status() == 412) {
            // Someone saved first: their values in the form, the person's own listed so nothing is lost unseen.
            Customer fresh = read(user, id);
            Form reloaded = Form.of(fresh);
            return ConsolePages.html(412, editPage(user, fresh, reloaded, FormErrors.none(), unsaved(typed, reloaded)));
        }
        return FormSubmission.complete(answer, ok -> "/console/customers/" + id + "?done=updated",
                refused -> fieldErrors(api.problem(refused)),
                errors -> editPage(user, current, typed, errors, List.of()));
    }

    /** The typed values that differ from the customer as it now is. */
    private List<Unsaved> unsaved(Form typed, Form now) {
        CustomerMessages cust = pages.customer();
        List<Unsaved> mine = new java.util.ArrayList<>();
        differs(mine, cust.customer_legalName(), typed.legalName, now.legalName);
        differs(mine, cust.customer_siren(), typed.siren, now.siren);
        differs(mine, cust.customer_siret(), typed.siret, now.siret);
        differs(mine, cust.customer_vatNumber(), typed.vatNumber, now.vatNumber);
        differs(mine, cust.customer_country(), typed.country, now.country);
        differs(mine, cust.customer_email(), typed.email, now.email);
        differs(mine, cust.customer_phone(), typed.phone, now.phone);
        differs(mine, cust.address_line1(), typed.line1, now.line1);
        differs(mine, cust.address_line2(), typed.line2, now.line2);
        differs(mine, cust.address_postalCode(), typed.postalCode, now.postalCode);
        differs(mine, cust.address_city(), typed.city, now.city);
        differs(mine, cust.customer_paymentTerms(),
                FormValues.blank(typed.paymentTerms) ? "" : cust.payment_terms_name(typed.paymentTerms),
                FormValues.blank(now.paymentTerms) ? "" : cust.payment_terms_name(now.paymentTerms));
        differs(mine, cust.customer_notes(), typed.notes, now.notes);
        return mine;
    }

    private static void differs(List<Unsaved> mine, String label, String typed, String now) {
        String a = FormValues.orEmpty(typed).strip();
        if (!a.equals(FormValues.orEmpty(now).strip())) {
            mine.add(new Unsaved(label, a.isEmpty() ? "—" : a));
        }
    }

    private TemplateInstance editPage(ConsoleUser user, Customer customer, Form typed, FormErrors errors,
            List<Unsaved> unsaved) {
        return formPage(user, typed, errors).data("editing", customer).data("unsaved", unsaved);
    }

    // --- Contacts, archive, restore ---

    @POST
    @Path("{id: \\d+}/contacts")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response addContact(@PathParam("id") long id, @BeanParam ContactForm typed) {
        ConsoleUser user = pages.require(Screen.CUSTOMER_UPDATE);
        pages.requireSameOrigin();
        Customer current = read(user, id);
        List<Contact> contacts = new java.util.ArrayList<>(current.contacts() == null ? List.of() : current.contacts());
        int index = contacts.size();
        contacts.add(typed.contact());
        Map<String, Object> body = current.asRequest();
        body.put("contacts", contacts);
        ServiceApi.Answer answer = api.call(ServiceApi.Call.put("/customers/" + id)
                .body(api.json(body), "application/json").header("If-Match", OrderPages.etag(typed.version)));
        CustomerMessages cust = pages.customer();
        String prefix = "contacts[" + index + "].";
        Function<ServiceApi.Answer, FormErrors> fields = FormSubmission.onFields(api::problem, pages.messages(),
                field -> switch (field.startsWith(prefix) ? field.substring(prefix.length()) : "") {
                    case "name" -> new Problems.Target("contactName", cust.contact_name());
                    case "role" -> new Problems.Target("contactRole", cust.contact_role());
                    case "email" -> new Problems.Target("contactEmail", cust.customer_email());
                    case "phone" -> new Problems.Target("contactPhone", cust.customer_phone());
                    case "mobile" -> new Problems.Target("contactMobile", cust.contact_mobile());
                    default -> null;
                });
        // Refused: the page shows the customer as it is now, with the contact as typed to send again.
        return FormSubmission.complete(answer, ok -> "/console/customers/" + id + "?done=contact-added#contacts-title",
                refused -> refused.status() == 412
                        ? FormErrors.none().general(cust.contact_conflict())
                        : fields.apply(refused),
                errors -> detailPage(user, read(user, id), "", typed, errors));
    }

    @GET
    @Path("{id: \\d+}/archive")
    public TemplateInstance confirmArchive(@PathParam("id") long id) {
        ConsoleUser user = pages.require(Screen.CUSTOMER_UPDATE);
        return archivePage(user, read(user, id), FormErrors.none());
    }

    @POST
    @Path("{id: \\d+}/archive")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response archive(@PathParam("id") long id, @FormParam("version") String version) {
        ConsoleUser user = pages.require(Screen.CUSTOMER_UPDATE);
        pages.requireSameOrigin();
        ServiceApi.Answer answer = api.call(
                ServiceApi.Call.delete("/customers/" + id).header("If-Match", OrderPages.etag(version)));
        return FormSubmission.complete(answer, ok -> "/console/customers/" + id + "?done=archived",
                refused -> refused.status() == 412
                        ? FormErrors.none().general(pages.customer().customer_changed_confirm_again())
                        : FormSubmission.onTop(api::problem, pages.messages()).apply(refused),
                errors -> archivePage(user, read(user, id), errors));
    }

    @POST
    @Path("{id: \\d+}/restore")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response restore(@PathParam("id") long id, @FormParam("version") String version) {
        ConsoleUser user = pages.require(Screen.CUSTOMER_UPDATE);
        pages.requireSameOrigin();
        ServiceApi.Answer answer = api.call(
                ServiceApi.Call.post("/customers/" + id + "/restore").header("If-Match", OrderPages.etag(version)));
        return FormSubmission.complete(answer, ok -> "/console/customers/" + id + "?done=restored",
                refused -> refused.status() == 412
                        ? FormErrors.none().general(pages.customer().customer_changed_confirm_again())
                        : FormSubmission.onTop(api::problem, pages.messages()).apply(refused),
                errors -> detailPage(user, read(user, id), "", new ContactForm(), errors));
    }

    /** A credit used on one of the customer's open invoices, all it can take or the amount typed. */
    @POST
    @Path("{id: \\d+}/credits/{creditId: \\d+}/apply")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response applyCredit(@PathParam("id") long id, @PathParam("creditId") long creditId,
            @FormParam("invoiceId") String invoiceId, @FormParam("amount") String amount) {
        ConsoleUser user = pages.require(Screen.CUSTOMER_CREDITS);
        pages.requireSameOrigin();
        Applying applying = new Applying(creditId, FormValues.orEmpty(invoiceId), FormValues.orEmpty(amount));
        InvoicingMessages inv = pages.invoicing();
        String invoiceAnchor = "credit-" + creditId + "-invoice";
        String amountAnchor = "credit-" + creditId + "-amount";
        FormErrors errors = FormErrors.none();
        Long invoice = DocumentForm.parseId(invoiceId);
        if (invoice == null) {
            errors.field(invoiceAnchor, inv.credit_apply_invoice(), inv.credit_no_open_invoice());
        }
        FormValues.Parsed<BigDecimal> typed = FormValues.decimal(amount);
        if (typed.invalid() || typed.value() != null && typed.value().signum() <= 0) {
            errors.field(amountAnchor, inv.credit_amount(), pages.messages().invalid_number());
        }
        if (errors.any()) {
            return ConsolePages.html(400, detailPage(user, read(user, id), "", new ContactForm(), errors, applying));
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("invoiceId", invoice);
        if (typed.value() != null) {
            body.put("amount", typed.value());
        }
        ServiceApi.Answer answer = api.post("/payments/credits/" + creditId + "/apply", body);
        return FormSubmission.complete(answer, ok -> "/console/customers/" + id + "?done=credit-applied#credits-title",
                refused -> {
                    String kind;
                    try {
                        kind = api.read(refused, ProblemKind.class).kind();
                    } catch (IllegalStateException e) {
                        kind = "";
                    }
                    String text = inv.credit_problem(kind);
                    if (text.isBlank()) {
                        return FormSubmission.onTop(api::problem, pages.messages()).apply(refused);
                    }
                    return AMOUNT_PROBLEMS.contains(kind)
                            ? FormErrors.none().field(amountAnchor, inv.credit_amount(), text)
                            : FormErrors.none().field(invoiceAnchor, inv.credit_apply_invoice(), text);
                },
                refused -> detailPage(user, read(user, id), "", new ContactForm(), refused, applying));
    }

    private TemplateInstance archivePage(ConsoleUser user, Customer customer, FormErrors errors) {
        return pages.page(archive, user, Screen.CUSTOMERS).data("customer", customer).data("errors", errors);
    }

    /** The credit refusals that concern the amount typed; the others concern the invoice chosen. */
    private static final java.util.Set<String> AMOUNT_PROBLEMS = java.util.Set.of("amount-exceeds-credit",
            "credit-used-up", "amount-exceeds-outstanding");

    private Customer read(ConsoleUser user, long id) {
        ServiceApi.Answer answer = api.get("/customers/" + id);
        if (!answer.ok()) {
            throw pages.notFound(user, Screen.CUSTOMERS, "customer");
        }
        return api.read(answer, Customer.class);
    }

    @GET
    @Path("{id: \\d+}")
    public TemplateInstance detail(@PathParam("id") long id, @QueryParam("created") boolean created,
            @QueryParam("done") @DefaultValue("") String done) {
        ConsoleUser user = pages.require(Screen.CUSTOMERS);
        return detailPage(user, read(user, id), created ? "created" : done, new ContactForm(), FormErrors.none());
    }

    private TemplateInstance detailPage(ConsoleUser user, Customer customer, String done, ContactForm contact,
            FormErrors errors) {
        return detailPage(user, customer, done, contact, errors, null);
    }

    private TemplateInstance detailPage(ConsoleUser user, Customer customer, String done, ContactForm contact,
            FormErrors errors, Applying applying) {
        boolean mayCredits = user.may(Screen.CUSTOMER_CREDITS);
        List<Credit> credits = List.of();
        List<InvoicePages.Summary> openInvoices = List.of();
        if (mayCredits) {
            ServiceApi.Answer answer = api.get("/payments/credits?customerId=" + customer.id());
            credits = answer.ok()
                    ? api.read(answer, new com.fasterxml.jackson.core.type.TypeReference<List<Credit>>() {
                    })
                    : List.of();
            if (credits.stream().anyMatch(Credit::usable)) {
                openInvoices = AllocationPages.openInvoices(api, customer.id());
            }
        }
        ServiceApi.Answer found = api.get("/crm/opportunities?customerId=" + customer.id() + "&size=50");
        List<Opportunity> opportunities = found.ok()
                ? api.read(found, new com.fasterxml.jackson.core.type.TypeReference<SupplierApi.Page<Opportunity>>() {
                }).items()
                : List.of();
        return pages.page(detail, user, Screen.CUSTOMERS)
                .data("customer", customer)
                .data("opportunities", opportunities)
                .data("created", "created".equals(done))
                .data("done", done)
                .data("mayUpdate", user.may(Screen.CUSTOMER_UPDATE))
                .data("mayQuote", user.may(Screen.QUOTE_EDIT))
                .data("mayInvoice", user.may(Screen.INVOICE_EDIT))
                .data("contact", contact)
                .data("mayCredits", mayCredits)
                .data("credits", credits)
                .data("openInvoices", openInvoices)
                .data("applying", applying == null ? new Applying(0, "", "") : applying)
                .data("errors", errors);
    }

    private TemplateInstance formPage(ConsoleUser user, Form typed, FormErrors errors) {
        return pages.page(form, user, Screen.CUSTOMERS)
                .data("form", typed)
                .data("errors", errors)
                .data("terms", PAYMENT_TERMS)
                .data("editing", null)
                .data("unsaved", List.of());
    }
}
