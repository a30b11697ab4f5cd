package com.repaero.gateway.console;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
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
 * Customer invoices: the list with their payment status, an invoice with its lines and totals, issuing a draft, and
 * its PDF fetched with the person's token and passed on to the browser.
 */
@Path("/console/invoices")
@Produces(MediaType.TEXT_HTML)
@Authenticated
public class InvoicePages {

    private static final int PAGE_SIZE = 20;
    private static final List<String> PAYMENT_FILTERS = List.of("UNPAID", "PARTLY_PAID", "PAID", "OVERDUE");

    private final ConsolePages pages;
    private final CustomerApi api;
    private final Template list;
    private final Template detail;

    public InvoicePages(ConsolePages pages, CustomerApi api, @Location("console/invoices.html") Template list,
            @Location("console/invoice.html") Template detail) {
        this.pages = pages;
        this.api = api;
        this.list = list;
        this.detail = detail;
    }

    /** An invoice in the list. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Summary(long id, String kind, String number, String state, long customerId, String buyerName,
            LocalDate issueDate, LocalDate dueDate, BigDecimal grandTotal, String paymentStatus,
            BigDecimal outstandingAmount) {
    }

    /** A line of an invoice. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Line(int lineNumber, String description, String partNumber, BigDecimal quantity,
            BigDecimal unitPrice, BigDecimal vatRate, BigDecimal netAmount) {
    }

    /** The totals of an invoice. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Totals(BigDecimal linesNet, BigDecimal allowanceTotal, BigDecimal taxBasis, BigDecimal vatTotal,
            BigDecimal grandTotal) {
    }

    /** The buyer as the invoice snapshots it. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Buyer(String legalName, String siren, String vatNumber) {
    }

    /** An invoice with its lines. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Invoice(long id, String kind, String number, String state, long customerId, List<Line> lines,
            Totals totals, LocalDate issueDate, LocalDate dueDate, Buyer buyer, String paymentStatus,
            BigDecimal paidAmount, BigDecimal outstandingAmount) {
        public boolean creditNote() {
            return "CREDIT_NOTE".equals(kind);
        }

        public boolean draft() {
            return "DRAFT".equals(state);
        }
    }

    @GET
    public TemplateInstance list(@QueryParam("payment") @DefaultValue("") String payment,
            @QueryParam("page") @DefaultValue("1") int page) {
        ConsoleUser user = pages.require(Screen.INVOICES);
        int pageIndex = Math.max(0, page - 1);
        String filter = PAYMENT_FILTERS.contains(payment) ? payment : "";
        ServiceApi.Answer answer = api.get("/invoices?page=" + pageIndex + "&size=" + PAGE_SIZE
                + (filter.isEmpty() ? "" : "&paymentStatus=" + filter));
        SupplierApi.Page<Summary> result = answer.ok()
                ? api.read(answer, new TypeReference<SupplierApi.Page<Summary>>() {
                })
                : new SupplierApi.Page<>(List.of(), pageIndex, PAGE_SIZE, 0);
        return pages.page(list, user, Screen.INVOICES)
                .data("result", result)
                .data("payment", filter)
                .data("filters", PAYMENT_FILTERS)
                .data("pageNumber", pageIndex + 1)
                .data("prevPage", pageIndex)
                .data("nextPage", pageIndex + 2);
    }

    @GET
    @Path("{id: \\d+}")
    public TemplateInstance invoice(@PathParam("id") long id, @QueryParam("issued") boolean issued) {
        ConsoleUser user = pages.require(Screen.INVOICES);
        return invoicePage(user, id, issued, FormErrors.none());
    }

    @POST
    @Path("{id: \\d+}/issue")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response issue(@PathParam("id") long id) {
        ConsoleUser user = pages.require(Screen.INVOICE_ISSUE);
        pages.requireSameOrigin();
        ServiceApi.Answer answer = api.call(ServiceApi.Call.post("/invoices/" + id + "/issue"));
        if (answer.ok()) {
            return ConsolePages.seeOther("/console/invoices/" + id + "?issued=true");
        }
        FormErrors errors = FormErrors.none().general(Problems.text(api.problem(answer), pages.messages()));
        return ConsolePages.html(OrderPages.status(answer), invoicePage(user, id, false, errors));
    }

    /** The PDF as the service renders it, fetched with the person's token: the browser never calls the service. */
    @GET
    @Path("{id: \\d+}/pdf")
    @Produces(MediaType.WILDCARD)
    public Response pdf(@PathParam("id") long id) {
        ConsoleUser user = pages.require(Screen.INVOICES);
        ServiceApi.Download file = api.download("/invoices/" + id + "/pdf");
        if (!file.ok()) {
            throw pages.notFound(user, Screen.INVOICES, "invoice");
        }
        return Response.ok(file.body(), file.contentType())
                .header("Content-Disposition", file.contentDisposition() != null
                        ? file.contentDisposition()
                        : "attachment; filename=\"invoice-" + id + ".pdf\"")
                .build();
    }

    private TemplateInstance invoicePage(ConsoleUser user, long id, boolean issued, FormErrors errors) {
        ServiceApi.Answer answer = api.get("/invoices/" + id);
        if (!answer.ok()) {
            throw pages.notFound(user, Screen.INVOICES, "invoice");
        }
        return pages.page(detail, user, Screen.INVOICES)
                .data("invoice", api.read(answer, Invoice.class))
                .data("mayIssue", user.may(Screen.INVOICE_ISSUE))
                .data("issued", issued)
                .data("errors", errors);
    }
}
