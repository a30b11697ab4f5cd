package com.repaero.gateway.console;

import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.core.type.TypeReference;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;

/**
 * A bank line no invoice took, allocated by hand: the customer searched, its open invoices listed oldest first with
 * the amounts prefilled greedily, what is left shown as the credit it becomes; the service's refusals on the page.
 */
@Path("/console/receipts/allocations")
@Produces(MediaType.TEXT_HTML)
@Authenticated
public class AllocationPages {

    private static final Pattern ALLOCATION_FIELD = Pattern.compile("allocations\\[(\\d+)]\\.\\w+");

    private final ConsolePages pages;
    private final CustomerApi api;
    private final DocumentEditor customers;
    private final Template page;

    public AllocationPages(ConsolePages pages, CustomerApi api, DocumentEditor customers,
            @Location("console/allocation.html") Template page) {
        this.pages = pages;
        this.api = api;
        this.customers = customers;
        this.page = page;
    }

    /** The statement and its lines. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Statement(long id, String statementId, List<ReceiptPages.Line> lines) {
    }

    /** An open invoice of the customer and the amount typed (or prefilled) for it. */
    public record Row(InvoicePages.Summary invoice, String amount) {
        public String id() {
            return "alloc-" + invoice.id();
        }
    }

    @GET
    @Path("{statementId: \\d+}/{lineId: \\d+}")
    public TemplateInstance allocate(@PathParam("statementId") long statementId, @PathParam("lineId") long lineId,
            @QueryParam("customerQuery") @DefaultValue("") String customerQuery,
            @QueryParam("customerId") Long customerId) {
        ConsoleUser user = pages.require(Screen.ALLOCATION);
        ReceiptPages.Line line = line(user, statementId, lineId);
        List<DocumentForm.CustomerChoice> choices = customerId == null && !customerQuery.isBlank()
                ? customers.findCustomers(customerQuery)
                : List.of();
        FormErrors errors = FormErrors.none();
        if (customerId == null && !customerQuery.isBlank() && choices.isEmpty()) {
            errors.field("customerQuery", pages.invoicing().document_customer(),
                    pages.invoicing().document_customer_none());
        }
        List<Row> rows = List.of();
        if (customerId != null) {
            // Greedy, oldest first: what most people would do by hand.
            BigDecimal left = line.amount();
            List<Row> prefilled = new ArrayList<>();
            ConsoleFormats formats = new ConsoleFormats(pages.locale());
            for (InvoicePages.Summary invoice : openInvoices(customerId)) {
                BigDecimal amount = left.min(invoice.outstandingAmount()).max(BigDecimal.ZERO);
                left = left.subtract(amount);
                prefilled.add(new Row(invoice, amount.signum() > 0 ? formats.input(amount) : ""));
            }
            rows = prefilled;
        }
        return allocationPage(user, statementId, line, customerQuery, customerId, choices, rows, errors);
    }

    @POST
    @Path("{statementId: \\d+}/{lineId: \\d+}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response submit(@PathParam("statementId") long statementId, @PathParam("lineId") long lineId,
            MultivaluedMap<String, String> typed) {
        ConsoleUser user = pages.require(Screen.ALLOCATION);
        pages.requireSameOrigin();
        ReceiptPages.Line line = line(user, statementId, lineId);
        Long customerId = DocumentForm.parseId(typed.getFirst("customerId"));
        if (customerId == null) {
            throw pages.notFound(user, Screen.RECEIPTS, "customer");
        }
        ConsoleMessages msg = pages.messages();
        InvoicingMessages inv = pages.invoicing();
        FormErrors errors = FormErrors.none();
        List<Row> rows = new ArrayList<>();
        List<Map<String, Object>> allocations = new ArrayList<>();
        List<String> anchors = new ArrayList<>();
        BigDecimal total = BigDecimal.ZERO;
        for (InvoicePages.Summary invoice : openInvoices(customerId)) {
            Row row = new Row(invoice, FormValues.orEmpty(typed.getFirst("amount-" + invoice.id())));
            rows.add(row);
            FormValues.Parsed<BigDecimal> amount = FormValues.decimal(row.amount());
            if (amount.invalid() || amount.value() != null && amount.value().signum() < 0) {
                errors.field(row.id(), inv.allocation_amount_for(invoice.number()), msg.invalid_number());
            } else if (amount.value() != null && amount.value().signum() > 0) {
                Map<String, Object> item = new LinkedHashMap<>();
                item.put("invoiceId", invoice.id());
                item.put("amount", amount.value());
                allocations.add(item);
                anchors.add(row.id());
                total = total.add(amount.value());
            }
        }
        if (!errors.any() && allocations.isEmpty()) {
            errors.general(inv.allocation_nothing());
        } else if (!errors.any() && total.compareTo(line.amount()) > 0) {
            errors.general(inv.allocation_exceeds_line(new ConsoleFormats(pages.locale()).money(line.amount())));
        }
        if (errors.any()) {
            return ConsolePages.html(400,
                    allocationPage(user, statementId, line, "", customerId, List.of(), rows, errors));
        }
        ServiceApi.Answer answer = api.post("/bank-statements/" + statementId + "/lines/" + lineId + "/allocations",
                Map.of("allocations", allocations));
        return FormSubmission.complete(answer, ok -> "/console/receipts?allocated=" + lineId,
                FormSubmission.onFields(api::problem, msg, field -> {
                    Matcher m = ALLOCATION_FIELD.matcher(field);
                    if (m.matches() && Integer.parseInt(m.group(1)) < anchors.size()) {
                        String anchor = anchors.get(Integer.parseInt(m.group(1)));
                        return new Problems.Target(anchor, inv.allocation_amount());
                    }
                    return null;
                }),
                refused -> allocationPage(user, statementId, line, "", customerId, List.of(), rows, refused));
    }

    private TemplateInstance allocationPage(ConsoleUser user, long statementId, ReceiptPages.Line line,
            String customerQuery, Long customerId, List<DocumentForm.CustomerChoice> choices, List<Row> rows,
            FormErrors errors) {
        BigDecimal allocated = rows.stream().map(r -> FormValues.decimal(r.amount()).value())
                .filter(a -> a != null && a.signum() > 0).reduce(BigDecimal.ZERO, BigDecimal::add);
        String customerName = null;
        if (customerId != null) {
            ServiceApi.Answer answer = api.get("/customers/" + customerId);
            customerName = answer.ok() ? api.read(answer, CustomerPages.Customer.class).legalName() : "#" + customerId;
        }
        return pages.page(page, user, Screen.RECEIPTS)
                .data("statementId", statementId)
                .data("line", line)
                .data("customerQuery", customerQuery)
                .data("customerId", customerId)
                .data("customerName", customerName)
                .data("choices", choices)
                .data("rows", rows)
                .data("allocated", allocated)
                .data("credit", line.amount().subtract(allocated).max(BigDecimal.ZERO))
                .data("changeCustomer", "/console/receipts/allocations/" + statementId + "/" + line.id())
                .data("errors", errors);
    }

    /** The customer's issued invoices that still owe something, oldest first. */
    List<InvoicePages.Summary> openInvoices(long customerId) {
        return openInvoices(api, customerId);
    }

    static List<InvoicePages.Summary> openInvoices(CustomerApi api, long customerId) {
        ServiceApi.Answer answer = api.get("/invoices?customerId=" + customerId
                + "&kind=INVOICE&state=ISSUED&page=0&size=100");
        if (!answer.ok()) {
            return List.of();
        }
        return api.read(answer, new TypeReference<SupplierApi.Page<InvoicePages.Summary>>() {
        }).items().stream()
                .filter(i -> i.outstandingAmount() != null && i.outstandingAmount().signum() > 0)
                .sorted(Comparator.comparing(InvoicePages.Summary::issueDate,
                        Comparator.nullsLast(Comparator.naturalOrder())).thenComparing(InvoicePages.Summary::id))
                .toList();
    }

    private ReceiptPages.Line line(ConsoleUser user, long statementId, long lineId) {
        ServiceApi.Answer answer = api.get("/bank-statements/" + statementId);
        if (!answer.ok()) {
            throw pages.notFound(user, Screen.RECEIPTS, "statement");
        }
        return api.read(answer, Statement.class).lines().stream().filter(l -> l.id() == lineId).findFirst()
                .orElseThrow(() -> pages.notFound(user, Screen.RECEIPTS, "line"));
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
