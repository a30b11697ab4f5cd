package com.repaero.gateway.console;

import static com.repaero.gateway.console.FormValues.orEmpty;
import static com.repaero.gateway.console.FormValues.trimmed;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

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
import com.fasterxml.jackson.core.type.TypeReference;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;

/**
 * Colissimo shipments: the list, the form (standalone or from a purchase order, whose supplier's address fills the
 * addressee), the shipment with its label (downloaded to print, requested again after a failure) and its tracking
 * timeline.
 */
@Path("/console/shipments")
@Produces(MediaType.TEXT_HTML)
@Authenticated
public class ShipmentPages {

    static final List<String> STATUSES = List.of("CREATED", "LABEL_REQUESTED", "LABELLED", "LABEL_FAILED",
            "IN_TRANSIT", "DELIVERED", "RETURNED", "EXCEPTION");
    static final List<String> PRODUCTS = List.of("DOS", "DOM", "BPR", "A2P", "CMT", "COM", "CDS", "COLI", "CORE",
            "CORI");
    static final List<String> LABEL_FORMATS = List.of("PDF_10x15_300dpi", "ZPL_10x15_203dpi");
    private static final Set<String> LABELLED = Set.of("LABELLED", "IN_TRANSIT", "DELIVERED", "RETURNED", "EXCEPTION");
    private static final Set<String> ADDRESSEE_FIELDS = Set.of("companyName", "lastName", "firstName", "line2", "city",
            "zipCode", "countryCode", "email", "mobileNumber");
    private static final int PAGE_SIZE = 20;

    private final ConsolePages pages;
    private final SupplierApi api;
    private final Template list;
    private final Template form;
    private final Template detail;

    public ShipmentPages(ConsolePages pages, SupplierApi api, @Location("console/shipments.html") Template list,
            @Location("console/shipment-form.html") Template form,
            @Location("console/shipment.html") Template detail) {
        this.pages = pages;
        this.api = api;
        this.list = list;
        this.form = form;
        this.detail = detail;
    }

    /** A shipment as supplier-service returns it, with its tracking timeline (oldest first). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Shipment(long id, String status, String productCode, String labelFormat, BigDecimal weightKg,
            BigDecimal insuranceValue, String reference, Long supplierId, Addressee addressee, String parcelNumber,
            int labelAttempts, LastError lastError, Instant lastTrackedAt, List<Event> timeline, Instant createdAt,
            String createdBy) {

        public boolean hasLabel() {
            return parcelNumber != null && LABELLED.contains(status);
        }

        public boolean labelRetryable() {
            return "CREATED".equals(status) || "LABEL_FAILED".equals(status);
        }

        public String labelKind() {
            return labelFormat != null && labelFormat.startsWith("ZPL") ? "ZPL" : "PDF";
        }

        public List<Event> events() {
            return timeline == null ? List.of() : timeline;
        }
    }

    /** Who receives the parcel. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Addressee(String companyName, String lastName, String firstName, String line2, String city,
            String zipCode, String countryCode, String email, String mobileNumber) {

        public String name() {
            String person = (orEmpty(firstName) + " " + orEmpty(lastName)).strip();
            return companyName == null || companyName.isBlank() ? person : companyName + " — " + person;
        }
    }

    /** Why the last label request failed. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record LastError(String code, String message) {
    }

    /** One tracking event. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Event(String code, String labelShort, String labelLong, Instant date) {
    }

    /** The shipment form as typed. */
    public record ShipmentForm(String companyName, String lastName, String firstName, String line2, String city,
            String zipCode, String countryCode, String email, String mobileNumber, String weightKg,
            String insuranceValue, String productCode, String labelFormat, String reference, String supplierId) {
    }

    @GET
    public TemplateInstance search(@QueryParam("status") @DefaultValue("") String status,
            @QueryParam("page") @DefaultValue("1") int page) {
        ConsoleUser user = pages.require(Screen.SHIPMENTS);
        String statusFilter = STATUSES.contains(status) ? status : "";
        int pageIndex = Math.max(0, page - 1);
        String filter = statusFilter.isEmpty() ? "" : "status=" + statusFilter;
        ServiceApi.Answer answer = api.get("/shipments?" + (filter.isEmpty() ? "" : filter + "&") + "page="
                + pageIndex + "&size=" + PAGE_SIZE);
        SupplierApi.Page<Shipment> result = answer.ok()
                ? api.read(answer, new TypeReference<SupplierApi.Page<Shipment>>() {
                })
                : new SupplierApi.Page<>(List.of(), pageIndex, PAGE_SIZE, 0);
        return pages.page(list, user, Screen.SHIPMENTS)
                .data("statuses", STATUSES)
                .data("status", statusFilter)
                .data("filter", filter)
                .data("result", result)
                .data("pageNumber", pageIndex + 1)
                .data("prevPage", pageIndex)
                .data("nextPage", pageIndex + 2);
    }

    /** A blank form, or one filled from a purchase order: its number as reference, its supplier as addressee. */
    @GET
    @Path("new")
    public TemplateInstance newShipment(@QueryParam("orderId") Long orderId) {
        ConsoleUser user = pages.require(Screen.SHIPMENT_CREATE);
        ShipmentForm typed = new ShipmentForm("", "", "", "", "", "", "FR", "", "", "", "", "DOS", "PDF_10x15_300dpi",
                "", "");
        if (orderId != null) {
            ServiceApi.Answer order = api.get("/orders/" + orderId);
            if (order.ok()) {
                OrderPages.Order o = api.read(order, OrderPages.Order.class);
                ServiceApi.Answer supplier = api.get("/suppliers/" + o.supplierId());
                SupplierPages.SupplierDetail s = supplier.ok()
                        ? api.read(supplier, SupplierPages.SupplierDetail.class)
                        : null;
                SupplierPages.Address a = s == null ? null : s.shippingAddress();
                typed = new ShipmentForm(s == null ? "" : truncate(s.legalName(), 35), "", "",
                        a == null ? "" : truncate(a.line1(), 35), a == null ? "" : a.city(),
                        a == null ? "" : a.postalCode(), a == null ? "FR" : a.country(),
                        s == null ? "" : orEmpty(s.email()), "", "", "", "DOS", "PDF_10x15_300dpi", o.orderNumber(),
                        Long.toString(o.supplierId()));
            }
        }
        return formPage(user, typed, FormErrors.none());
    }

    @POST
    @Path("new")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(@FormParam("companyName") String companyName, @FormParam("lastName") String lastName,
            @FormParam("firstName") String firstName, @FormParam("line2") String line2,
            @FormParam("city") String city, @FormParam("zipCode") String zipCode,
            @FormParam("countryCode") String countryCode, @FormParam("email") String email,
            @FormParam("mobileNumber") String mobileNumber, @FormParam("weightKg") String weightKg,
            @FormParam("insuranceValue") String insuranceValue, @FormParam("productCode") String productCode,
            @FormParam("labelFormat") String labelFormat, @FormParam("reference") String reference,
            @FormParam("supplierId") String supplierId) {
        ConsoleUser user = pages.require(Screen.SHIPMENT_CREATE);
        pages.requireSameOrigin();
        ConsoleMessages msg = pages.messages();
        PurchasingMessages po = pages.purchasing();
        ShipmentForm typed = new ShipmentForm(orEmpty(companyName), orEmpty(lastName), orEmpty(firstName),
                orEmpty(line2), orEmpty(city), orEmpty(zipCode), orEmpty(countryCode), orEmpty(email),
                orEmpty(mobileNumber), orEmpty(weightKg), orEmpty(insuranceValue),
                PRODUCTS.contains(productCode) ? productCode : "DOS",
                LABEL_FORMATS.contains(labelFormat) ? labelFormat : "PDF_10x15_300dpi", orEmpty(reference),
                orEmpty(supplierId));
        FormErrors errors = FormErrors.none();
        Map<String, Object> addressee = new LinkedHashMap<>();
        addressee.put("companyName", trimmed(typed.companyName()));
        addressee.put("lastName", trimmed(typed.lastName()));
        addressee.put("firstName", trimmed(typed.firstName()));
        addressee.put("line2", trimmed(typed.line2()));
        addressee.put("city", trimmed(typed.city()));
        addressee.put("zipCode", trimmed(typed.zipCode()));
        addressee.put("countryCode",
                typed.countryCode().isBlank() ? null : typed.countryCode().strip().toUpperCase(Locale.ROOT));
        addressee.put("email", trimmed(typed.email()));
        addressee.put("mobileNumber", trimmed(typed.mobileNumber()));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("addressee", addressee);
        body.put("weightKg", OrderPages.number(typed.weightKg(), "weightKg", po.shipment_weightKg(), errors, msg));
        body.put("insuranceValue", OrderPages.number(typed.insuranceValue(), "insuranceValue",
                po.shipment_insuranceValue(), errors, msg));
        body.put("productCode", typed.productCode());
        body.put("labelFormat", typed.labelFormat());
        body.put("reference", trimmed(typed.reference()));
        body.put("supplierId", OrderPages.parseId(typed.supplierId()));
        if (errors.any()) {
            return ConsolePages.html(400, formPage(user, typed, errors));
        }
        // The label may fail after the shipment is saved (Colissimo refused or down): then its page says why.
        ServiceApi.Answer answer = api.call(ServiceApi.Call.post("/shipments")
                .body(api.json(body), "application/json").acceptingServiceErrors());
        Long saved = answer.ok() ? null : answer.header("Location").map(ShipmentPages::lastId).orElse(null);
        if (saved != null) {
            return ConsolePages.seeOther("/console/shipments/" + saved + "?done=label-failed");
        }
        return FormSubmission.complete(answer,
                ok -> "/console/shipments/" + api.read(ok, Shipment.class).id() + "?done=created",
                FormSubmission.onFields(api::problem, msg, field -> {
                    String name = field.startsWith("addressee.") ? field.substring("addressee.".length()) : field;
                    if (ADDRESSEE_FIELDS.contains(name)
                            || Set.of("weightKg", "insuranceValue", "productCode", "labelFormat",
                                    "reference").contains(name)) {
                        return new Problems.Target(name, fieldLabel(po, name));
                    }
                    return null;
                }), refused -> formPage(user, typed, refused));
    }

    @GET
    @Path("{id: \\d+}")
    public TemplateInstance shipment(@PathParam("id") long id, @QueryParam("done") @DefaultValue("") String done) {
        ConsoleUser user = pages.require(Screen.SHIPMENTS);
        return shipmentPage(user, id, done, FormErrors.none());
    }

    /** The label file, to print: as Colissimo made it (PDF or ZPL for a thermal printer). */
    @GET
    @Path("{id: \\d+}/label")
    @Produces(MediaType.WILDCARD)
    public Response label(@PathParam("id") long id) {
        ConsoleUser user = pages.require(Screen.SHIPMENTS);
        ServiceApi.Download label = api.download("/shipments/" + id + "/label");
        if (!label.ok()) {
            SupplierApi.Problem problem = api.problem(new ServiceApi.Answer(label.status(),
                    new String(label.body(), java.nio.charset.StandardCharsets.UTF_8)));
            return ConsolePages.html(FormSubmission.status(new ServiceApi.Answer(label.status(), "")),
                    shipmentPage(user, id, "", FormErrors.none().general(Problems.text(problem, pages.messages()))));
        }
        return Response.ok(label.body(), label.contentType())
                .header("Content-Disposition", label.contentDisposition() != null
                        ? label.contentDisposition()
                        : "attachment; filename=\"colissimo-" + id + "\"")
                .build();
    }

    @POST
    @Path("{id: \\d+}/label")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response retryLabel(@PathParam("id") long id) {
        ConsoleUser user = pages.require(Screen.SHIPMENT_CREATE);
        pages.requireSameOrigin();
        ServiceApi.Answer answer = api
                .call(ServiceApi.Call.post("/shipments/" + id + "/label").acceptingServiceErrors());
        return FormSubmission.complete(answer, ok -> "/console/shipments/" + id + "?done=labelled",
                FormSubmission.onTop(api::problem, pages.messages()), refused -> shipmentPage(user, id, "", refused));
    }

    private TemplateInstance shipmentPage(ConsoleUser user, long id, String done, FormErrors errors) {
        ServiceApi.Answer answer = api.get("/shipments/" + id);
        if (!answer.ok()) {
            throw pages.notFound(user, Screen.SHIPMENTS, "shipment");
        }
        Shipment shipment = api.read(answer, Shipment.class);
        return pages.page(detail, user, Screen.SHIPMENTS)
                .data("shipment", shipment)
                .data("supplierName", shipment.supplierId() == null ? null : api.supplierName(shipment.supplierId()))
                .data("mayCreate", user.may(Screen.SHIPMENT_CREATE))
                .data("done", done)
                .data("errors", errors);
    }

    private TemplateInstance formPage(ConsoleUser user, ShipmentForm typed, FormErrors errors) {
        Long supplierId = OrderPages.parseId(typed.supplierId());
        return pages.page(form, user, Screen.SHIPMENTS)
                .data("form", typed)
                .data("supplierName", supplierId == null ? null : api.supplierName(supplierId))
                .data("products", PRODUCTS)
                .data("labelFormats", LABEL_FORMATS)
                .data("errors", errors);
    }

    private static String fieldLabel(PurchasingMessages po, String name) {
        return switch (name) {
            case "companyName" -> po.shipment_companyName();
            case "lastName" -> po.shipment_lastName();
            case "firstName" -> po.shipment_firstName();
            case "line2" -> po.shipment_line2();
            case "city" -> po.shipment_city();
            case "zipCode" -> po.shipment_zipCode();
            case "countryCode" -> po.shipment_countryCode();
            case "email" -> po.shipment_email();
            case "mobileNumber" -> po.shipment_mobileNumber();
            case "weightKg" -> po.shipment_weightKg();
            case "insuranceValue" -> po.shipment_insuranceValue();
            case "productCode" -> po.shipment_productCode();
            case "labelFormat" -> po.shipment_labelFormat();
            default -> po.shipment_reference();
        };
    }

    private static Long lastId(String location) {
        String id = location.replaceFirst("[?#].*$", "").replaceFirst("^.*/", "");
        return OrderPages.parseId(id);
    }

    private static String truncate(String value, int max) {
        return value == null ? "" : value.length() <= max ? value : value.substring(0, max);
    }
}
