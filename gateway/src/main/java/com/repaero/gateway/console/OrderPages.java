package com.repaero.gateway.console;

import static com.repaero.gateway.console.FormValues.at;
import static com.repaero.gateway.console.FormValues.blank;
import static com.repaero.gateway.console.FormValues.orEmpty;
import static com.repaero.gateway.console.FormValues.trimmed;

import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
 * Purchase orders: the list (by state and supplier), the order form (supplier picked by a search, lines added and
 * removed by plain submit buttons, so it works without JavaScript), and the order with its actions (send, cancel,
 * close), one receiving form per open line (incoming inspection, certificate, serial and lot numbers) and the receipts
 * so far.
 */
@Path("/console/orders")
@Produces(MediaType.TEXT_HTML)
@Authenticated
public class OrderPages {

    static final List<String> STATES = List.of("DRAFT", "SENT", "PARTLY_RECEIVED", "RECEIVED", "CLOSED", "CANCELLED");
    static final List<String> UNITS = List.of("EA", "SET", "KIT", "KG", "G", "M", "CM", "M2", "L", "ML");
    static final List<String> CERTIFICATES = List.of("EASA_FORM_1", "FAA_8130_3", "CERTIFICATE_OF_CONFORMITY", "NONE");
    private static final int PAGE_SIZE = 20;
    private static final int BLANK_LINES = 3;
    private static final int MAX_LINES = 200;
    private static final Pattern LINE_FIELD = Pattern.compile("lines\\[(\\d+)]\\.(\\w+)");

    private final ConsolePages pages;
    private final SupplierApi api;
    private final Template list;
    private final Template form;
    private final Template detail;

    public OrderPages(ConsolePages pages, SupplierApi api, @Location("console/orders.html") Template list,
            @Location("console/order-form.html") Template form, @Location("console/order.html") Template detail) {
        this.pages = pages;
        this.api = api;
        this.list = list;
        this.form = form;
        this.detail = detail;
    }

    // --- What supplier-service returns (fields the console does not show are ignored) ---

    /** An order in a search result. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record OrderSummary(long id, String orderNumber, long supplierId, String state, BigDecimal totalAmount,
            int lineCount, Instant createdAt, Instant sentAt) {
    }

    /** An order with its lines. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Order(long id, String orderNumber, long supplierId, String state, String notes,
            BigDecimal totalAmount, List<OrderLine> lines, Instant sentAt, String sentBy,
            ApprovalOverride approvalOverride, Instant closedAt, String closedBy, Instant cancelledAt,
            String cancelledBy, int version, Instant createdAt, String createdBy) {

        public boolean draft() {
            return "DRAFT".equals(state);
        }

        public boolean cancellable() {
            return "DRAFT".equals(state) || "SENT".equals(state);
        }

        public boolean closable() {
            return "PARTLY_RECEIVED".equals(state) || "RECEIVED".equals(state);
        }

        public boolean receivable() {
            return "SENT".equals(state) || "PARTLY_RECEIVED".equals(state);
        }

        public boolean billable() {
            return !draft() && !"CANCELLED".equals(state);
        }
    }

    /** One order line with what was received so far. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record OrderLine(long id, int lineNumber, String partNumber, String description, BigDecimal quantity,
            String unit, BigDecimal unitPrice, BigDecimal lineAmount, LocalDate expectedDate,
            BigDecimal quantityReceived, BigDecimal quantityRemaining) {

        boolean open() {
            return quantityRemaining != null && quantityRemaining.signum() > 0;
        }

        /** Expected before today and still not all there. */
        boolean lateOn(LocalDate today) {
            return open() && expectedDate != null && expectedDate.isBefore(today);
        }
    }

    /** Sent to a supplier that was not approved: by whom and why. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record ApprovalOverride(String reason, String by, Instant at) {
    }

    /** A goods receipt of the order. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Receipt(long id, String deliveryNote, Instant receivedAt, String receivedBy,
            List<ReceiptLine> lines) {
    }

    /** One received line and its inspection. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record ReceiptLine(long orderLineId, int orderLineNumber, String partNumber, BigDecimal quantity,
            String unit, String inspectionResult, String quarantineReason, String certificateType,
            String certificateReference, List<String> serialNumbers, String lotNumber, LocalDate expiryDate) {

        public boolean quarantined() {
            return "QUARANTINED".equals(inspectionResult);
        }

        public String serials() {
            return serialNumbers == null ? "" : String.join(", ", serialNumbers);
        }
    }

    // --- What the pages show ---

    /** A row of the list: the order and its supplier's name. */
    public record OrderRow(OrderSummary order, String supplierName) {
    }

    /** A supplier offered in the order form's picker. */
    public record SupplierChoice(long id, String legalName, String siren, String approvalStatus, boolean chosen) {
    }

    /** One line of the order form, as typed. */
    public record LineForm(String partNumber, String description, String quantity, String unit, String unitPrice,
            String expectedDate) {

        static LineForm blank() {
            return new LineForm("", "", "", "EA", "", "");
        }

        boolean empty() {
            return FormValues.blank(partNumber) && FormValues.blank(description) && FormValues.blank(quantity)
                    && FormValues.blank(unitPrice) && FormValues.blank(expectedDate);
        }
    }

    /** The order form as typed. */
    public record OrderForm(String supplierQuery, String supplierId, String notes, List<LineForm> lines) {

        /** The lines with their position, which names their inputs ({@code line-0-quantity}). */
        public List<Row<LineForm>> rows() {
            return Row.of(lines, "line");
        }
    }

    /** A repeated group of inputs and its position: {@code id('quantity')} is {@code line-2-quantity}. */
    public record Row<T>(int index, String prefix, T value) {

        static <T> List<Row<T>> of(List<T> values, String prefix) {
            List<Row<T>> rows = new ArrayList<>();
            for (int i = 0; i < values.size(); i++) {
                rows.add(new Row<>(i, prefix, values.get(i)));
            }
            return rows;
        }

        public String id(String field) {
            return prefix + "-" + index + "-" + field;
        }

        public int number() {
            return index + 1;
        }
    }

    /** The receiving form of one order line, as typed (or its defaults). */
    public record ReceiveForm(String deliveryNote, String quantity, String inspection, String quarantineReason,
            String certificateType, String certificateReference, String serialNumbers, String lotNumber,
            String expiryDate) {

        public boolean quarantined() {
            return "QUARANTINED".equals(inspection);
        }
    }

    /** An order line on the order page: late or not, and its receiving form when goods may be received. */
    public record LineView(OrderLine line, boolean late, ReceiveForm receive) {

        /** The id of an input of this line's receiving form ({@code r12-quantity}). */
        public String id(String field) {
            return "r" + line.id() + "-" + field;
        }
    }

    // --- List ---

    @GET
    public TemplateInstance search(@QueryParam("state") @DefaultValue("") String state,
            @QueryParam("supplierId") Long supplierId, @QueryParam("supplier") @DefaultValue("") String supplier,
            @QueryParam("number") @DefaultValue("") String number, @QueryParam("page") @DefaultValue("1") int page) {
        ConsoleUser user = pages.require(Screen.ORDERS);
        String stateFilter = STATES.contains(state) ? state : "";
        int pageIndex = Math.max(0, page - 1);
        List<SupplierChoice> supplierChoices = List.of();
        Long supplierFilter = supplierId;
        boolean noSupplierMatch = false;
        if (supplierFilter == null && !supplier.isBlank()) {
            List<SupplierChoice> found = findSuppliers(supplier, null);
            if (found.size() == 1) {
                supplierFilter = found.get(0).id();
            } else if (found.isEmpty()) {
                noSupplierMatch = true;
            } else {
                supplierChoices = found;
            }
        }
        StringBuilder filter = new StringBuilder();
        append(filter, "state", stateFilter);
        append(filter, "supplierId", supplierFilter == null ? "" : supplierFilter.toString());
        append(filter, "number", number.strip());
        SupplierApi.Page<OrderRow> rows = new SupplierApi.Page<>(List.of(), pageIndex, PAGE_SIZE, 0);
        if (supplierChoices.isEmpty() && !noSupplierMatch) {
            ServiceApi.Answer answer = api.get("/orders?" + filter + "&sort=-orderNumber&page=" + pageIndex
                    + "&size=" + PAGE_SIZE);
            if (answer.ok()) {
                SupplierApi.Page<OrderSummary> found = api.read(answer,
                        new com.fasterxml.jackson.core.type.TypeReference<SupplierApi.Page<OrderSummary>>() {
                        });
                rows = new SupplierApi.Page<>(
                        found.items().stream().map(o -> new OrderRow(o, api.supplierName(o.supplierId()))).toList(),
                        found.page(), found.size(), found.total());
            }
        }
        return pages.page(list, user, Screen.ORDERS)
                .data("states", STATES)
                .data("state", stateFilter)
                .data("supplier", supplier)
                .data("supplierId", supplierFilter)
                .data("supplierName", supplierFilter == null ? null : api.supplierName(supplierFilter))
                .data("supplierChoices", supplierChoices)
                .data("noSupplierMatch", noSupplierMatch)
                .data("number", number)
                .data("filter", filter.toString())
                .data("result", rows)
                .data("pageNumber", pageIndex + 1)
                .data("prevPage", pageIndex)
                .data("nextPage", pageIndex + 2);
    }

    // --- Order form ---

    @GET
    @Path("new")
    public TemplateInstance newOrder(@QueryParam("supplierId") Long supplierId) {
        ConsoleUser user = pages.require(Screen.ORDER_EDIT);
        List<LineForm> lines = new ArrayList<>();
        for (int i = 0; i < BLANK_LINES; i++) {
            lines.add(LineForm.blank());
        }
        OrderForm typed = new OrderForm("", supplierId == null ? "" : supplierId.toString(), "", lines);
        return formPage(user, typed, List.of(), FormErrors.none());
    }

    @POST
    @Path("new")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response submitOrder(@FormParam("action") @DefaultValue("create") String action,
            @FormParam("supplierQuery") String supplierQuery, @FormParam("supplierId") String supplierId,
            @FormParam("notes") String notes, @FormParam("partNumber") List<String> partNumbers,
            @FormParam("description") List<String> descriptions, @FormParam("quantity") List<String> quantities,
            @FormParam("unit") List<String> units, @FormParam("unitPrice") List<String> unitPrices,
            @FormParam("expectedDate") List<String> expectedDates) {
        ConsoleUser user = pages.require(Screen.ORDER_EDIT);
        pages.requireSameOrigin();
        int rows = Math.max(partNumbers == null ? 0 : partNumbers.size(), quantities == null ? 0 : quantities.size());
        List<LineForm> lines = new ArrayList<>();
        for (int i = 0; i < Math.min(rows, MAX_LINES); i++) {
            String unit = at(units, i);
            lines.add(new LineForm(at(partNumbers, i), at(descriptions, i), at(quantities, i),
                    UNITS.contains(unit) ? unit : "EA", at(unitPrices, i), at(expectedDates, i)));
        }
        OrderForm typed = new OrderForm(orEmpty(supplierQuery), orEmpty(supplierId), orEmpty(notes), lines);
        if ("find-supplier".equals(action)) {
            List<SupplierChoice> found = findSuppliers(typed.supplierQuery(), parseId(typed.supplierId()));
            FormErrors errors = FormErrors.none();
            if (found.isEmpty()) {
                errors.field("supplierQuery", pages.purchasing().order_supplier(),
                        pages.purchasing().order_supplier_none());
            }
            return ConsolePages.html(errors.any() ? 400 : 200, formPage(user, typed, found, errors));
        }
        if ("add-line".equals(action)) {
            if (lines.size() < MAX_LINES) {
                lines.add(LineForm.blank());
            }
            return ConsolePages.html(200, formPage(user, typed, List.of(), FormErrors.none()));
        }
        if (action.startsWith("remove-")) {
            int index = parseIndex(action.substring("remove-".length()));
            if (index >= 0 && index < lines.size() && lines.size() > 1) {
                lines.remove(index);
            }
            return ConsolePages.html(200, formPage(user, typed, List.of(), FormErrors.none()));
        }
        return create(user, typed);
    }

    private Response create(ConsoleUser user, OrderForm typed) {
        ConsoleMessages msg = pages.messages();
        PurchasingMessages po = pages.purchasing();
        FormErrors errors = FormErrors.none();
        List<Map<String, Object>> lines = new ArrayList<>();
        List<Integer> rowOfLine = new ArrayList<>();
        for (int i = 0; i < typed.lines().size(); i++) {
            LineForm line = typed.lines().get(i);
            if (line.empty()) {
                continue;
            }
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("partNumber", trimmed(line.partNumber()));
            body.put("description", trimmed(line.description()));
            body.put("quantity", number(line.quantity(), "line-" + i + "-quantity", lineLabel(msg, i,
                    po.order_line_quantity()), errors, msg));
            body.put("unit", line.unit());
            body.put("unitPrice", number(line.unitPrice(), "line-" + i + "-unitPrice", lineLabel(msg, i,
                    po.order_line_unitPrice()), errors, msg));
            body.put("expectedDate", day(line.expectedDate(), "line-" + i + "-expectedDate", lineLabel(msg, i,
                    po.order_line_expectedDate()), errors, msg));
            lines.add(body);
            rowOfLine.add(i);
        }
        if (errors.any()) {
            return ConsolePages.html(400, formPage(user, typed, List.of(), errors));
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("supplierId", parseId(typed.supplierId()));
        body.put("notes", trimmed(typed.notes()));
        body.put("lines", lines);
        ServiceApi.Answer answer = api.post("/orders", body);
        return FormSubmission.complete(answer,
                ok -> "/console/orders/" + api.read(ok, Order.class).id() + "?done=created",
                FormSubmission.onFields(api::problem, msg, field -> {
                    Matcher m = LINE_FIELD.matcher(field);
                    if (m.matches()) {
                        int line = Integer.parseInt(m.group(1));
                        int row = line < rowOfLine.size() ? rowOfLine.get(line) : line;
                        String name = m.group(2);
                        return new Problems.Target("line-" + row + "-" + name,
                                lineLabel(msg, row, lineFieldLabel(po, name)));
                    }
                    return switch (field) {
                        case "supplierId", "#unknown-supplier" ->
                            new Problems.Target("supplierQuery", po.order_supplier());
                        case "notes" -> new Problems.Target("notes", po.order_notes());
                        case "lines" -> new Problems.Target("line-0-partNumber", po.order_lines());
                        default -> null;
                    };
                }), refused -> formPage(user, typed, List.of(), refused));
    }

    private TemplateInstance formPage(ConsoleUser user, OrderForm typed, List<SupplierChoice> found,
            FormErrors errors) {
        // The chosen supplier stays offered (and checked) after any re-render of the form.
        List<SupplierChoice> choices = new ArrayList<>(found);
        Long chosen = parseId(typed.supplierId());
        if (chosen != null && choices.stream().noneMatch(c -> c.id() == chosen)) {
            ServiceApi.Answer answer = api.get("/suppliers/" + chosen);
            if (answer.ok()) {
                SupplierPages.SupplierDetail s = api.read(answer, SupplierPages.SupplierDetail.class);
                choices.add(0, new SupplierChoice(s.id(), s.legalName(), s.siren(), s.approvalStatus(), true));
            }
        }
        choices.replaceAll(c -> new SupplierChoice(c.id(), c.legalName(), c.siren(), c.approvalStatus(),
                chosen != null && c.id() == chosen));
        return pages.page(form, user, Screen.ORDERS)
                .data("form", typed)
                .data("choices", choices)
                .data("units", UNITS)
                .data("errors", errors);
    }

    private List<SupplierChoice> findSuppliers(String query, Long chosen) {
        ServiceApi.Answer answer = api.get("/suppliers?q=" + encode(query.strip()) + "&page=0&size=10");
        if (!answer.ok()) {
            return List.of();
        }
        SupplierApi.Page<SupplierPages.SupplierDetail> found = api.read(answer,
                new com.fasterxml.jackson.core.type.TypeReference<SupplierApi.Page<SupplierPages.SupplierDetail>>() {
                });
        return found.items().stream().map(s -> new SupplierChoice(s.id(), s.legalName(), s.siren(),
                s.approvalStatus(), chosen != null && chosen == s.id())).toList();
    }

    // --- The order and its actions ---

    @GET
    @Path("{id: \\d+}")
    public TemplateInstance order(@PathParam("id") long id, @QueryParam("done") @DefaultValue("") String done) {
        ConsoleUser user = pages.require(Screen.ORDERS);
        return orderPage(user, id, done, FormErrors.none(), Map.of(), "");
    }

    @POST
    @Path("{id: \\d+}/send")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response send(@PathParam("id") long id, @FormParam("version") String version,
            @FormParam("overrideReason") String overrideReason) {
        ConsoleUser user = pages.require(Screen.ORDER_EDIT);
        pages.requireSameOrigin();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("overrideReason", trimmed(overrideReason));
        ServiceApi.Answer answer = api.call(ServiceApi.Call.post("/orders/" + id + "/send")
                .body(api.json(body), "application/json").header("If-Match", etag(version)));
        return afterAction(user, id, answer, "sent", orEmpty(overrideReason));
    }

    @POST
    @Path("{id: \\d+}/cancel")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response cancel(@PathParam("id") long id, @FormParam("version") String version) {
        ConsoleUser user = pages.require(Screen.ORDER_EDIT);
        pages.requireSameOrigin();
        ServiceApi.Answer answer = api.call(ServiceApi.Call.post("/orders/" + id + "/cancel")
                .header("If-Match", etag(version)));
        return afterAction(user, id, answer, "cancelled", "");
    }

    @POST
    @Path("{id: \\d+}/close")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response close(@PathParam("id") long id, @FormParam("version") String version) {
        ConsoleUser user = pages.require(Screen.ORDER_EDIT);
        pages.requireSameOrigin();
        ServiceApi.Answer answer = api.call(ServiceApi.Call.post("/orders/" + id + "/close")
                .header("If-Match", etag(version)));
        return afterAction(user, id, answer, "closed", "");
    }

    private Response afterAction(ConsoleUser user, long id, ServiceApi.Answer answer, String done,
            String overrideReason) {
        ConsoleMessages msg = pages.messages();
        PurchasingMessages po = pages.purchasing();
        return FormSubmission.complete(answer, ok -> "/console/orders/" + id + "?done=" + done,
                FormSubmission.onFields(api::problem, msg, field -> switch (field) {
                    case "overrideReason" -> new Problems.Target("overrideReason", po.order_override_reason());
                    case "#supplier-not-approved" -> user.isAdmin()
                            ? new Problems.Target("overrideReason", po.order_override_reason())
                            : null;
                    default -> null;
                }),
                refused -> orderPage(user, id, "", refused, Map.of(), overrideReason));
    }

    @POST
    @Path("{id: \\d+}/receive")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response receive(@PathParam("id") long id, @FormParam("orderLineId") long orderLineId,
            @FormParam("deliveryNote") String deliveryNote, @FormParam("quantity") String quantity,
            @FormParam("inspection") String inspection, @FormParam("quarantineReason") String quarantineReason,
            @FormParam("certificateType") String certificateType,
            @FormParam("certificateReference") String certificateReference,
            @FormParam("serialNumbers") String serialNumbers, @FormParam("lotNumber") String lotNumber,
            @FormParam("expiryDate") String expiryDate) {
        ConsoleUser user = pages.require(Screen.RECEIPT_CREATE);
        pages.requireSameOrigin();
        ConsoleMessages msg = pages.messages();
        PurchasingMessages po = pages.purchasing();
        String prefix = "r" + orderLineId + "-";
        ReceiveForm typed = new ReceiveForm(orEmpty(deliveryNote), orEmpty(quantity),
                "QUARANTINED".equals(inspection) ? "QUARANTINED" : "ACCEPTED", orEmpty(quarantineReason),
                CERTIFICATES.contains(certificateType) ? certificateType : "EASA_FORM_1",
                orEmpty(certificateReference), orEmpty(serialNumbers), orEmpty(lotNumber), orEmpty(expiryDate));
        FormErrors errors = FormErrors.none();
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("orderLineId", orderLineId);
        line.put("quantity", number(typed.quantity(), prefix + "quantity", po.receipt_quantity(), errors, msg));
        line.put("inspectionResult", typed.inspection());
        line.put("quarantineReason", typed.quarantined() ? trimmed(typed.quarantineReason()) : null);
        line.put("certificateType", typed.certificateType());
        line.put("certificateReference",
                "NONE".equals(typed.certificateType()) ? null : trimmed(typed.certificateReference()));
        line.put("serialNumbers", FormValues.list(typed.serialNumbers()));
        line.put("lotNumber", trimmed(typed.lotNumber()));
        line.put("expiryDate", day(typed.expiryDate(), prefix + "expiryDate", po.receipt_expiryDate(), errors, msg));
        if (errors.any()) {
            return ConsolePages.html(400, orderPage(user, id, "", errors, Map.of(orderLineId, typed), ""));
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("deliveryNote", trimmed(typed.deliveryNote()));
        body.put("lines", List.of(line));
        ServiceApi.Answer answer = api.post("/orders/" + id + "/receipts", body);
        return FormSubmission.complete(answer, ok -> "/console/orders/" + id + "?done=received#receipts",
                FormSubmission.onFields(api::problem, msg, field -> {
                    Matcher m = LINE_FIELD.matcher(field);
                    String name = m.matches() ? m.group(2) : field;
                    return switch (name) {
                        case "deliveryNote" -> new Problems.Target(prefix + "deliveryNote", po.receipt_deliveryNote());
                        case "quantity", "#over-delivery" ->
                            new Problems.Target(prefix + "quantity", po.receipt_quantity());
                        case "inspectionResult" -> new Problems.Target(prefix + "inspection-accepted",
                                po.receipt_inspection());
                        case "quarantineReason" -> new Problems.Target(prefix + "quarantineReason",
                                po.receipt_quarantineReason());
                        case "certificateType" -> new Problems.Target(prefix + "certificateType",
                                po.receipt_certificateType());
                        case "certificateReference" -> new Problems.Target(prefix + "certificateReference",
                                po.receipt_certificateReference());
                        case "serialNumbers", "#duplicate-serial" -> new Problems.Target(prefix + "serialNumbers",
                                po.receipt_serialNumbers());
                        case "lotNumber" -> new Problems.Target(prefix + "lotNumber", po.receipt_lotNumber());
                        case "expiryDate" -> new Problems.Target(prefix + "expiryDate", po.receipt_expiryDate());
                        default -> null;
                    };
                }),
                refused -> orderPage(user, id, "", refused, Map.of(orderLineId, typed), ""));
    }

    private TemplateInstance orderPage(ConsoleUser user, long id, String done, FormErrors errors,
            Map<Long, ReceiveForm> typed, String overrideReason) {
        ServiceApi.Answer answer = api.get("/orders/" + id);
        if (!answer.ok()) {
            throw pages.notFound(user, Screen.ORDERS, "order");
        }
        Order order = api.read(answer, Order.class);
        ServiceApi.Answer receiptsAnswer = api.get("/orders/" + id + "/receipts");
        List<Receipt> receipts = receiptsAnswer.ok() ? List.of(api.read(receiptsAnswer, Receipt[].class)) : List.of();
        LocalDate today = LocalDate.now(ConsoleFormats.ZONE);
        ConsoleFormats formats = new ConsoleFormats(pages.locale());
        boolean mayReceive = order.receivable() && user.may(Screen.RECEIPT_CREATE);
        List<LineView> lines = order.lines().stream().map(l -> new LineView(l,
                order.receivable() && l.lateOn(today),
                mayReceive && l.open() ? typed.getOrDefault(l.id(), defaults(l, formats)) : null)).toList();
        return pages.page(detail, user, Screen.ORDERS)
                .data("order", order)
                .data("supplierName", api.supplierName(order.supplierId()))
                .data("lines", lines)
                .data("receipts", receipts)
                .data("certificates", CERTIFICATES)
                .data("mayEdit", user.may(Screen.ORDER_EDIT))
                .data("mayReceive", mayReceive)
                .data("mayShip", user.may(Screen.SHIPMENT_CREATE))
                .data("mayBill", order.billable() && user.may(Screen.BILL_EDIT))
                .data("overrideReason", overrideReason)
                .data("done", done)
                .data("errors", errors);
    }

    /** What usually arrives: the rest of the line, accepted, with an EASA Form 1. */
    private static ReceiveForm defaults(OrderLine line, ConsoleFormats formats) {
        return new ReceiveForm("", formats.input(line.quantityRemaining()), "ACCEPTED", "", "EASA_FORM_1", "", "", "",
                "");
    }

    // --- Helpers shared with the other purchasing pages ---

    /** A typed number for a service body; an unreadable one is reported on its field. */
    static BigDecimal number(String typed, String anchor, String label, FormErrors errors, ConsoleMessages msg) {
        FormValues.Parsed<BigDecimal> parsed = FormValues.decimal(typed);
        if (parsed.invalid()) {
            errors.field(anchor, label, msg.invalid_number());
        }
        return parsed.value();
    }

    /** A typed day for a service body (ISO), an unreadable one reported on its field. */
    static String day(String typed, String anchor, String label, FormErrors errors, ConsoleMessages msg) {
        FormValues.Parsed<LocalDate> parsed = FormValues.date(typed);
        if (parsed.invalid()) {
            errors.field(anchor, label, msg.invalid_date());
        }
        return parsed.value() == null ? null : parsed.value().toString();
    }

    /** The If-Match header for the version the page was built from. */
    static String etag(String version) {
        return "\"" + (version == null || !version.matches("\\d{1,9}") ? "0" : version) + "\"";
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    static void append(StringBuilder query, String name, String value) {
        if (value != null && !value.isBlank()) {
            query.append(query.isEmpty() ? "" : "&").append(name).append('=').append(encode(value));
        }
    }

    static Long parseId(String value) {
        if (blank(value) || !value.strip().matches("\\d{1,18}")) {
            return null;
        }
        return Long.valueOf(value.strip());
    }

    static int parseIndex(String value) {
        return value.matches("\\d{1,3}") ? Integer.parseInt(value) : -1;
    }

    private static String lineLabel(ConsoleMessages msg, int row, String field) {
        return msg.line_field(row + 1, field);
    }

    private static String lineFieldLabel(PurchasingMessages po, String name) {
        return switch (name) {
            case "partNumber" -> po.order_line_partNumber();
            case "description" -> po.order_line_description();
            case "quantity" -> po.order_line_quantity();
            case "unit" -> po.order_line_unit();
            case "unitPrice" -> po.order_line_unitPrice();
            case "expectedDate" -> po.order_line_expectedDate();
            default -> name;
        };
    }
}
