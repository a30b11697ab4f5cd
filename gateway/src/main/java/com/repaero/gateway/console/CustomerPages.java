package com.repaero.gateway.console;

import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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

    private final ConsolePages pages;
    private final CustomerApi api;
    private final Template search;
    private final Template form;
    private final Template detail;

    public CustomerPages(ConsolePages pages, CustomerApi api, @Location("console/customers.html") Template search,
            @Location("console/customer-form.html") Template form,
            @Location("console/customer.html") Template detail) {
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
    public record Contact(String name, String role, String email, String phone, String mobile) {
    }

    /** A customer as its page shows it. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Customer(long id, String legalName, String siren, String siret, String vatNumber, String country,
            Address billingAddress, Address deliveryAddress, String email, String phone, String paymentTerms,
            String notes, List<Contact> contacts, String legacyKey, boolean archived, Instant createdAt,
            String createdBy) {
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
            return body;
        }

        private static String compact(String value) {
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
        if (answer.ok()) {
            Customer created = api.read(answer, Customer.class);
            return ConsolePages.seeOther("/console/customers/" + created.id() + "?created=true");
        }
        CustomerMessages cust = pages.customer();
        FormErrors errors = Problems.toErrors(api.problem(answer), pages.messages(), field -> switch (field) {
            case "legalName" -> new Problems.Target("legalName", cust.customer_legalName());
            case "siren" -> new Problems.Target("siren", cust.customer_siren());
            case "siret" -> new Problems.Target("siret", cust.customer_siret());
            case "vatNumber" -> new Problems.Target("vatNumber", cust.customer_vatNumber());
            case "country", "billingAddress.country" -> new Problems.Target("country", cust.customer_country());
            case "email" -> new Problems.Target("email", cust.customer_email());
            case "phone" -> new Problems.Target("phone", cust.customer_phone());
            case "billingAddress.line1" -> new Problems.Target("line1", cust.address_line1());
            case "billingAddress.line2" -> new Problems.Target("line2", cust.address_line2());
            case "billingAddress.postalCode" -> new Problems.Target("postalCode", cust.address_postalCode());
            case "billingAddress.city" -> new Problems.Target("city", cust.address_city());
            default -> null;
        });
        return ConsolePages.html(OrderPages.status(answer), formPage(user, typed, errors));
    }

    @GET
    @Path("{id: \\d+}")
    public TemplateInstance detail(@PathParam("id") long id, @QueryParam("created") boolean created) {
        ConsoleUser user = pages.require(Screen.CUSTOMERS);
        ServiceApi.Answer answer = api.get("/customers/" + id);
        if (!answer.ok()) {
            throw pages.notFound(user, Screen.CUSTOMERS, "customer");
        }
        ServiceApi.Answer found = api.get("/crm/opportunities?customerId=" + id + "&size=50");
        List<Opportunity> opportunities = found.ok()
                ? api.read(found, new com.fasterxml.jackson.core.type.TypeReference<SupplierApi.Page<Opportunity>>() {
                }).items()
                : List.of();
        return pages.page(detail, user, Screen.CUSTOMERS)
                .data("customer", api.read(answer, Customer.class))
                .data("opportunities", opportunities)
                .data("created", created);
    }

    private TemplateInstance formPage(ConsoleUser user, Form typed, FormErrors errors) {
        return pages.page(form, user, Screen.CUSTOMERS).data("form", typed).data("errors", errors);
    }
}
