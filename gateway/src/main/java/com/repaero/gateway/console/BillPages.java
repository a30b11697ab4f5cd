package com.repaero.gateway.console;

import static com.repaero.gateway.console.FormValues.at;
import static com.repaero.gateway.console.FormValues.orEmpty;
import static com.repaero.gateway.console.FormValues.trimmed;

import java.math.BigDecimal;
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
import com.fasterxml.jackson.core.type.TypeReference;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;

/**
 * Vendor bills: the list by state, the form that enters a supplier invoice against a purchase order (its lines
 * proposed from what was ordered and received, plus charges nobody ordered), and the bill with its three-way match
 * (matched, or the discrepancies found) and its approval.
 */
@Path("/console/bills")
@Produces(MediaType.TEXT_HTML)
@Authenticated
public class BillPages {

    static final List<String> STATES = List.of("RECEIVED", "MATCHED", "DISCREPANCY", "APPROVED", "IN_PAYMENT",
            "PARTLY_PAID", "PAID");
    private static final int PAGE_SIZE = 20;
    private static final int MAX_LINES = 200;
    private static final Pattern LINE_FIELD = Pattern.compile("lines\\[(\\d+)]\\.(\\w+)");

    private final ConsolePages pages;
    private final SupplierApi api;
    private final Template list;
    private final Template form;
    private final Template detail;

    public BillPages(ConsolePages pages, SupplierApi api, @Location("console/bills.html") Template list,
            @Location("console/bill-form.html") Template form, @Location("console/bill.html") Template detail) {
        this.pages = pages;
        this.api = api;
        this.list = list;
        this.form = form;
        this.detail = detail;
    }

    /** A bill in a search result. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record BillSummary(long id, long supplierId, String invoiceNumber, LocalDate invoiceDate, LocalDate dueDate,
            String state, BigDecimal totalAmount, int discrepancyCount) {
    }

    /** A bill with its lines and the outcome of its three-way match. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Bill(long id, long supplierId, long orderId, String orderNumber, String invoiceNumber,
            LocalDate invoiceDate, LocalDate dueDate, String state, BigDecimal netAmount, BigDecimal vatAmount,
            BigDecimal totalAmount, List<BillLine> lines, List<Discrepancy> discrepancies, Instant matchedAt,
            Instant approvedAt, String approvedBy, String approvalOverrideReason, int version, Instant createdAt,
            String createdBy) {

        /** Matched against order and receipts: no discrepancy left (whatever happened since). */
        public boolean matched() {
            return !"RECEIVED".equals(state) && (discrepancies == null || discrepancies.isEmpty());
        }

        public boolean hasDiscrepancies() {
            return discrepancies != null && !discrepancies.isEmpty();
        }

        public boolean rematchable() {
            return "RECEIVED".equals(state) || "DISCREPANCY".equals(state);
        }
    }

    /** One billed line. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record BillLine(long id, int lineNumber, Long orderLineId, String description, BigDecimal quantity,
            BigDecimal unitPrice, BigDecimal lineAmount) {
    }

    /** A finding of the three-way match; the line is null when it is about the whole bill. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Discrepancy(Integer lineNumber, String kind, BigDecimal expected, BigDecimal actual) {
        /** Prices and amounts are money; quantities are not. */
        public boolean money() {
            return !"QUANTITY_BILLED_NOT_RECEIVED".equals(kind);
        }
    }

    /** A row of the list with its supplier's name. */
    public record BillRow(BillSummary bill, String supplierName) {
    }

    /** One line of the bill form: an order line ({@code orderLineId} and its label) or a charge nobody ordered. */
    public record BillLineForm(String orderLineId, String label, String description, String quantity,
            String unitPrice) {

        public boolean ordered() {
            return !FormValues.blank(orderLineId);
        }

        boolean empty() {
            return FormValues.blank(quantity) && FormValues.blank(unitPrice)
                    && (ordered() || FormValues.blank(description));
        }
    }

    /** The bill form as typed. */
    public record BillForm(String orderId, String invoiceNumber, String invoiceDate, String dueDate, String vatAmount,
            List<BillLineForm> lines) {

        public List<OrderPages.Row<BillLineForm>> rows() {
            return OrderPages.Row.of(lines, "line");
        }
    }

    @GET
    public TemplateInstance search(@QueryParam("state") @DefaultValue("") String state,
            @QueryParam("page") @DefaultValue("1") int page) {
        ConsoleUser user = pages.require(Screen.BILLS);
        String stateFilter = STATES.contains(state) ? state : "";
        int pageIndex = Math.max(0, page - 1);
        String filter = stateFilter.isEmpty() ? "" : "state=" + stateFilter;
        ServiceApi.Answer answer = api.get("/bills?" + (filter.isEmpty() ? "" : filter + "&") + "page=" + pageIndex
                + "&size=" + PAGE_SIZE);
        SupplierApi.Page<BillRow> rows = new SupplierApi.Page<>(List.of(), pageIndex, PAGE_SIZE, 0);
        if (answer.ok()) {
            SupplierApi.Page<BillSummary> found = api.read(answer, new TypeReference<SupplierApi.Page<BillSummary>>() {
            });
            rows = new SupplierApi.Page<>(
                    found.items().stream().map(b -> new BillRow(b, api.supplierName(b.supplierId()))).toList(),
                    found.page(), found.size(), found.total());
        }
        return pages.page(list, user, Screen.BILLS)
                .data("states", STATES)
                .data("state", stateFilter)
                .data("filter", filter)
                .data("result", rows)
                .data("pageNumber", pageIndex + 1)
                .data("prevPage", pageIndex)
                .data("nextPage", pageIndex + 2);
    }

    /** The form for an order (by id, or by its number typed in the order picker). */
    @GET
    @Path("new")
    public Response newBill(@QueryParam("orderId") Long orderId, @QueryParam("order") @DefaultValue("") String number) {
        ConsoleUser user = pages.require(Screen.BILL_EDIT);
        if (orderId == null) {
            List<OrderPages.OrderSummary> found = List.of();
            if (!number.isBlank()) {
                ServiceApi.Answer answer = api.get("/orders?number=" + OrderPages.encode(number.strip())
                        + "&page=0&size=10");
                if (answer.ok()) {
                    found = api.read(answer, new TypeReference<SupplierApi.Page<OrderPages.OrderSummary>>() {
                    }).items();
                }
                if (found.size() == 1) {
                    return ConsolePages.seeOther("/console/bills/new?orderId=" + found.get(0).id());
                }
            }
            return ConsolePages.html(200, pages.page(form, user, Screen.BILLS)
                    .data("order", null)
                    .data("number", number)
                    .data("searched", !number.isBlank())
                    .data("found", found)
                    .data("errors", FormErrors.none()));
        }
        OrderPages.Order order = order(user, orderId);
        List<BillLineForm> lines = new ArrayList<>();
        ConsoleFormats formats = new ConsoleFormats(pages.locale());
        for (OrderPages.OrderLine l : order.lines()) {
            BigDecimal quantity = l.quantityReceived() != null && l.quantityReceived().signum() > 0
                    ? l.quantityReceived()
                    : l.quantity();
            lines.add(new BillLineForm(Long.toString(l.id()), label(l), "", formats.input(quantity),
                    formats.input(l.unitPrice())));
        }
        lines.add(new BillLineForm("", "", "", "", ""));
        BillForm typed = new BillForm(Long.toString(orderId), "", LocalDate.now(ConsoleFormats.ZONE).toString(), "",
                "", lines);
        return ConsolePages.html(200, formPage(user, order, typed, FormErrors.none()));
    }

    @POST
    @Path("new")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response enter(@FormParam("action") @DefaultValue("enter") String action,
            @FormParam("orderId") long orderId, @FormParam("invoiceNumber") String invoiceNumber,
            @FormParam("invoiceDate") String invoiceDate, @FormParam("dueDate") String dueDate,
            @FormParam("vatAmount") String vatAmount, @FormParam("orderLineId") List<String> orderLineIds,
            @FormParam("description") List<String> descriptions, @FormParam("quantity") List<String> quantities,
            @FormParam("unitPrice") List<String> unitPrices) {
        ConsoleUser user = pages.require(Screen.BILL_EDIT);
        pages.requireSameOrigin();
        OrderPages.Order order = order(user, orderId);
        Map<String, String> labels = new LinkedHashMap<>();
        order.lines().forEach(l -> labels.put(Long.toString(l.id()), label(l)));
        List<BillLineForm> lines = new ArrayList<>();
        int rows = Math.min(MAX_LINES, quantities == null ? 0 : quantities.size());
        for (int i = 0; i < rows; i++) {
            String lineId = at(orderLineIds, i);
            lines.add(new BillLineForm(labels.containsKey(lineId) ? lineId : "", labels.getOrDefault(lineId, ""),
                    at(descriptions, i), at(quantities, i), at(unitPrices, i)));
        }
        BillForm typed = new BillForm(Long.toString(orderId), orEmpty(invoiceNumber), orEmpty(invoiceDate),
                orEmpty(dueDate), orEmpty(vatAmount), lines);
        if ("add-line".equals(action)) {
            if (lines.size() < MAX_LINES) {
                lines.add(new BillLineForm("", "", "", "", ""));
            }
            return ConsolePages.html(200, formPage(user, order, typed, FormErrors.none()));
        }
        if (action.startsWith("remove-")) {
            String index = action.substring("remove-".length());
            if (index.matches("\\d{1,3}") && Integer.parseInt(index) < lines.size()
                    && !lines.get(Integer.parseInt(index)).ordered()) {
                lines.remove(Integer.parseInt(index));
            }
            return ConsolePages.html(200, formPage(user, order, typed, FormErrors.none()));
        }
        ConsoleMessages msg = pages.messages();
        PurchasingMessages po = pages.purchasing();
        AccountingMessages acc = pages.accounting();
        FormErrors errors = FormErrors.none();
        List<Map<String, Object>> body = new ArrayList<>();
        List<Integer> rowOfLine = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            BillLineForm line = lines.get(i);
            if (line.empty()) {
                continue;
            }
            Map<String, Object> l = new LinkedHashMap<>();
            l.put("orderLineId", OrderPages.parseId(line.orderLineId()));
            l.put("description", line.ordered() ? null : trimmed(line.description()));
            l.put("quantity", OrderPages.number(line.quantity(), "line-" + i + "-quantity",
                    msg.line_field(i + 1, po.order_line_quantity()), errors, msg));
            l.put("unitPrice", OrderPages.number(line.unitPrice(), "line-" + i + "-unitPrice",
                    msg.line_field(i + 1, po.order_line_unitPrice()), errors, msg));
            body.add(l);
            rowOfLine.add(i);
        }
        Map<String, Object> bill = new LinkedHashMap<>();
        bill.put("orderId", orderId);
        bill.put("invoiceNumber", trimmed(typed.invoiceNumber()));
        bill.put("invoiceDate", OrderPages.day(typed.invoiceDate(), "invoiceDate", acc.bill_invoiceDate(), errors,
                msg));
        bill.put("dueDate", OrderPages.day(typed.dueDate(), "dueDate", acc.bill_dueDate(), errors, msg));
        bill.put("vatAmount", OrderPages.number(typed.vatAmount(), "vatAmount", acc.bill_vatAmount(), errors, msg));
        bill.put("lines", body);
        if (errors.any()) {
            return ConsolePages.html(400, formPage(user, order, typed, errors));
        }
        ServiceApi.Answer answer = api.post("/bills", bill);
        return FormSubmission.complete(answer,
                ok -> "/console/bills/" + api.read(ok, Bill.class).id() + "?done=entered",
                FormSubmission.onFields(api::problem, msg, field -> {
                    Matcher m = LINE_FIELD.matcher(field);
                    if (m.matches()) {
                        int line = Integer.parseInt(m.group(1));
                        int row = line < rowOfLine.size() ? rowOfLine.get(line) : line;
                        String name = m.group(2);
                        String label = switch (name) {
                            case "quantity" -> po.order_line_quantity();
                            case "unitPrice" -> po.order_line_unitPrice();
                            default -> po.order_line_description();
                        };
                        String anchor = "quantity".equals(name) || "unitPrice".equals(name) ? name : "description";
                        return new Problems.Target("line-" + row + "-" + anchor, msg.line_field(row + 1, label));
                    }
                    return switch (field) {
                        case "invoiceNumber", "#duplicate-invoice-number" -> new Problems.Target("invoiceNumber",
                                acc.bill_invoiceNumber());
                        case "invoiceDate" -> new Problems.Target("invoiceDate", acc.bill_invoiceDate());
                        case "dueDate", "#due-date-required", "#due-before-invoice" -> new Problems.Target("dueDate",
                                acc.bill_dueDate());
                        case "vatAmount" -> new Problems.Target("vatAmount", acc.bill_vatAmount());
                        case "lines" -> new Problems.Target("line-0-quantity", acc.bill_lines());
                        default -> null;
                    };
                }),
                refused -> formPage(user, order, typed, refused));
    }

    @GET
    @Path("{id: \\d+}")
    public TemplateInstance bill(@PathParam("id") long id, @QueryParam("done") @DefaultValue("") String done) {
        ConsoleUser user = pages.require(Screen.BILLS);
        return billPage(user, id, done, FormErrors.none(), "");
    }

    /** Approves a matched bill; an admin may approve one with discrepancies, giving a reason. */
    @POST
    @Path("{id: \\d+}/approve")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response approve(@PathParam("id") long id, @FormParam("version") String version,
            @FormParam("reason") String reason) {
        ConsoleUser user = pages.require(Screen.BILL_EDIT);
        pages.requireSameOrigin();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("reason", trimmed(reason));
        ServiceApi.Answer answer = api.call(ServiceApi.Call.post("/bills/" + id + "/approve")
                .body(api.json(body), "application/json").header("If-Match", OrderPages.etag(version)));
        return after(user, id, answer, "approved", orEmpty(reason));
    }

    /** Matches again, e.g. once the missing goods arrived. */
    @POST
    @Path("{id: \\d+}/match")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response rematch(@PathParam("id") long id, @FormParam("version") String version) {
        ConsoleUser user = pages.require(Screen.BILL_EDIT);
        pages.requireSameOrigin();
        ServiceApi.Answer answer = api.call(ServiceApi.Call.post("/bills/" + id + "/match")
                .header("If-Match", OrderPages.etag(version)));
        return after(user, id, answer, "matched", "");
    }

    private Response after(ConsoleUser user, long id, ServiceApi.Answer answer, String done, String reason) {
        ConsoleMessages msg = pages.messages();
        AccountingMessages acc = pages.accounting();
        return FormSubmission.complete(answer, ok -> "/console/bills/" + id + "?done=" + done,
                FormSubmission.onFields(api::problem, msg, field -> switch (field) {
                    case "reason" -> new Problems.Target("reason", acc.bill_approval_reason());
                    case "#bill-has-discrepancies" -> user.isAdmin()
                            ? new Problems.Target("reason", acc.bill_approval_reason())
                            : null;
                    default -> null;
                }),
                refused -> billPage(user, id, "", refused, reason));
    }

    private TemplateInstance billPage(ConsoleUser user, long id, String done, FormErrors errors, String reason) {
        ServiceApi.Answer answer = api.get("/bills/" + id);
        if (!answer.ok()) {
            throw pages.notFound(user, Screen.BILLS, "bill");
        }
        Bill bill = api.read(answer, Bill.class);
        boolean mayEdit = user.may(Screen.BILL_EDIT);
        return pages.page(detail, user, Screen.BILLS)
                .data("bill", bill)
                .data("supplierName", api.supplierName(bill.supplierId()))
                .data("mayApprove", mayEdit && ("MATCHED".equals(bill.state())
                        || ("DISCREPANCY".equals(bill.state()) && user.isAdmin())))
                .data("mayRematch", mayEdit && bill.rematchable())
                .data("reason", reason)
                .data("done", done)
                .data("errors", errors);
    }

    private TemplateInstance formPage(ConsoleUser user, OrderPages.Order order, BillForm typed, FormErrors errors) {
        return pages.page(form, user, Screen.BILLS)
                .data("order", order)
                .data("supplierName", api.supplierName(order.supplierId()))
                .data("form", typed)
                .data("errors", errors);
    }

    private OrderPages.Order order(ConsoleUser user, long orderId) {
        ServiceApi.Answer answer = api.get("/orders/" + orderId);
        if (!answer.ok()) {
            throw pages.notFound(user, Screen.ORDERS, "order");
        }
        return api.read(answer, OrderPages.Order.class);
    }

    private static String label(OrderPages.OrderLine line) {
        return line.lineNumber() + " · " + line.partNumber() + " — " + line.description();
    }
}
