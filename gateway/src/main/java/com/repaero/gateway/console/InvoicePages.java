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
import jakarta.ws.rs.core.MultivaluedMap;
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
    private final DocumentEditor editor;
    private final Template list;
    private final Template detail;
    private final Template creditNote;

    public InvoicePages(ConsolePages pages, CustomerApi api, DocumentEditor editor,
            @Location("console/invoices.html") Template list, @Location("console/invoice.html") Template detail,
            @Location("console/credit-note-form.html") Template creditNote) {
        this.pages = pages;
        this.api = api;
        this.editor = editor;
        this.list = list;
        this.detail = detail;
        this.creditNote = creditNote;
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
            BigDecimal unitPrice, BigDecimal vatRate, String vatExemptionReason, BigDecimal discountPercent,
            BigDecimal netAmount) {
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
            BigDecimal paidAmount, BigDecimal outstandingAmount, String operationCategory, String paymentTerms,
            BigDecimal discountPercent, String buyerReference, LocalDate deliveryDate, String notes,
            Boolean vatOnDebits,
            Long quoteId, Long creditedInvoiceId, String creditedInvoiceNumber, int version) {

        /** An issued invoice (not a credit note) may be credited. */
        public boolean creditable() {
            return "INVOICE".equals(kind) && "ISSUED".equals(state);
        }

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
                .data("mayCreate", user.may(Screen.INVOICE_EDIT))
                .data("result", result)
                .data("payment", filter)
                .data("filters", PAYMENT_FILTERS)
                .data("pageNumber", pageIndex + 1)
                .data("prevPage", pageIndex)
                .data("nextPage", pageIndex + 2);
    }

    @GET
    @Path("{id: \\d+}")
    public TemplateInstance invoice(@PathParam("id") long id, @QueryParam("issued") boolean issued,
            @QueryParam("done") @DefaultValue("") String done) {
        ConsoleUser user = pages.require(Screen.INVOICES);
        return invoicePage(user, id, issued, FormErrors.none()).data("done", done);
    }

    // --- Drafts: created and edited with the shared invoice/quote form ---

    @GET
    @Path("new")
    public TemplateInstance newInvoice(@QueryParam("customerId") Long customerId) {
        ConsoleUser user = pages.require(Screen.INVOICE_EDIT);
        return editor.page(user, Screen.INVOICES, DocumentForm.blank(DocumentForm.Kind.INVOICE, customerId),
                List.of(), FormErrors.none(), newTarget());
    }

    @POST
    @Path("new")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(MultivaluedMap<String, String> typed) {
        ConsoleUser user = pages.require(Screen.INVOICE_EDIT);
        pages.requireSameOrigin();
        return editor.submit(user, Screen.INVOICES, DocumentForm.from(DocumentForm.Kind.INVOICE, typed),
                typed.getFirst("action"), newTarget(), body -> api.post("/invoices", body),
                answer -> "/console/invoices/" + api.read(answer, Invoice.class).id() + "?done=created", null);
    }

    @GET
    @Path("{id: \\d+}/edit")
    public Response edit(@PathParam("id") long id) {
        ConsoleUser user = pages.require(Screen.INVOICE_EDIT);
        Invoice invoice = read(user, id);
        if (!invoice.draft()) {
            return ConsolePages.seeOther("/console/invoices/" + id);
        }
        DocumentForm form = DocumentForm.of(DocumentForm.Kind.INVOICE, invoice.customerId(),
                invoice.operationCategory(), invoice.paymentTerms(), invoice.discountPercent(),
                invoice.buyerReference(), invoice.deliveryDate(), invoice.notes(), invoice.version(), invoice.lines(),
                new ConsoleFormats(pages.locale()));
        return ConsolePages.html(200, editor.page(user, Screen.INVOICES, form, List.of(), FormErrors.none(),
                editTarget(id)));
    }

    @POST
    @Path("{id: \\d+}/edit")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response save(@PathParam("id") long id, MultivaluedMap<String, String> typed) {
        ConsoleUser user = pages.require(Screen.INVOICE_EDIT);
        pages.requireSameOrigin();
        DocumentForm form = DocumentForm.from(DocumentForm.Kind.INVOICE, typed);
        return editor.submit(user, Screen.INVOICES, form, typed.getFirst("action"), editTarget(id),
                body -> api.call(ServiceApi.Call.put("/invoices/" + id).body(api.json(body), "application/json")
                        .header("If-Match", OrderPages.etag(form.version))),
                answer -> "/console/invoices/" + id + "?done=saved",
                () -> Integer.toString(read(user, id).version()));
    }

    private DocumentEditor.Target newTarget() {
        InvoicingMessages inv = pages.invoicing();
        return new DocumentEditor.Target("/console/invoices/new", "/console/invoices", inv.invoice_new(),
                inv.invoice_create_button());
    }

    private DocumentEditor.Target editTarget(long id) {
        InvoicingMessages inv = pages.invoicing();
        return new DocumentEditor.Target("/console/invoices/" + id + "/edit", "/console/invoices/" + id,
                inv.invoice_edit(), inv.document_save_button());
    }

    // --- Credit notes ---

    /** A line of the credit note form: the invoice line and the quantity to credit as typed. */
    public record CreditLine(Line line, String quantity) {
        public String id() {
            return "credit-" + line.lineNumber();
        }

        public String name() {
            return "quantity-" + line.lineNumber();
        }
    }

    @GET
    @Path("{id: \\d+}/credit-note")
    public TemplateInstance newCreditNote(@PathParam("id") long id) {
        ConsoleUser user = pages.require(Screen.CREDIT_NOTE);
        Invoice invoice = read(user, id);
        ConsoleFormats formats = new ConsoleFormats(pages.locale());
        List<CreditLine> lines = invoice.lines().stream()
                .map(l -> new CreditLine(l, formats.input(l.quantity()))).toList();
        return creditNotePage(user, invoice, lines, "", FormErrors.none());
    }

    @POST
    @Path("{id: \\d+}/credit-note")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response createCreditNote(@PathParam("id") long id, MultivaluedMap<String, String> typed) {
        ConsoleUser user = pages.require(Screen.CREDIT_NOTE);
        pages.requireSameOrigin();
        Invoice invoice = read(user, id);
        InvoicingMessages inv = pages.invoicing();
        ConsoleMessages msg = pages.messages();
        FormErrors errors = FormErrors.none();
        String reason = FormValues.orEmpty(typed.getFirst("reason"));
        if (FormValues.blank(reason)) {
            errors.field("reason", inv.credit_reason(), inv.credit_reason_required());
        }
        List<CreditLine> lines = new java.util.ArrayList<>();
        List<java.util.Map<String, Object>> credited = new java.util.ArrayList<>();
        boolean everything = true;
        for (Line line : invoice.lines()) {
            CreditLine row = new CreditLine(line, FormValues.orEmpty(typed.getFirst("quantity-" + line.lineNumber())));
            lines.add(row);
            FormValues.Parsed<BigDecimal> quantity = FormValues.decimal(row.quantity());
            if (quantity.invalid() || quantity.value() != null && quantity.value().signum() < 0) {
                errors.field(row.id(), msg.line_field(line.lineNumber(), inv.line_quantity()), msg.invalid_number());
                continue;
            }
            BigDecimal q = quantity.value() == null ? BigDecimal.ZERO : quantity.value();
            everything &= q.compareTo(line.quantity()) == 0;
            if (q.signum() > 0) {
                credited.add(java.util.Map.of("lineNumber", line.lineNumber(), "quantity", q));
            }
        }
        if (!errors.any() && credited.isEmpty()) {
            errors.general(inv.credit_nothing());
        }
        if (errors.any()) {
            return ConsolePages.html(400, creditNotePage(user, invoice, lines, reason, errors));
        }
        java.util.Map<String, Object> body = new java.util.LinkedHashMap<>();
        // Every line in full is what the API does without lines.
        body.put("lines", everything ? List.of() : credited);
        body.put("notes", reason.strip());
        ServiceApi.Answer answer = api.post("/invoices/" + id + "/credit-notes", body);
        return FormSubmission.complete(answer, ok -> "/console/invoices/" + api.read(ok, Invoice.class).id()
                + "?done=credit-note",
                FormSubmission.onFields(api::problem, msg, field -> {
                    if ("notes".equals(field)) {
                        return new Problems.Target("reason", inv.credit_reason());
                    }
                    java.util.regex.Matcher m = java.util.regex.Pattern.compile("lines\\[(\\d+)]\\.\\w+")
                            .matcher(field);
                    if (m.matches() && Integer.parseInt(m.group(1)) < credited.size()) {
                        Object number = credited.get(Integer.parseInt(m.group(1))).get("lineNumber");
                        return new Problems.Target("credit-" + number,
                                msg.line_field((Integer) number, inv.line_quantity()));
                    }
                    return null;
                }),
                refused -> creditNotePage(user, invoice, lines, reason, refused));
    }

    private TemplateInstance creditNotePage(ConsoleUser user, Invoice invoice, List<CreditLine> lines, String reason,
            FormErrors errors) {
        return pages.page(creditNote, user, Screen.INVOICES)
                .data("invoice", invoice)
                .data("lines", lines)
                .data("reason", reason)
                .data("errors", errors);
    }

    private Invoice read(ConsoleUser user, long id) {
        ServiceApi.Answer answer = api.get("/invoices/" + id);
        if (!answer.ok()) {
            throw pages.notFound(user, Screen.INVOICES, "invoice");
        }
        return api.read(answer, Invoice.class);
    }

    @POST
    @Path("{id: \\d+}/issue")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response issue(@PathParam("id") long id) {
        ConsoleUser user = pages.require(Screen.INVOICE_ISSUE);
        pages.requireSameOrigin();
        ServiceApi.Answer answer = api.call(ServiceApi.Call.post("/invoices/" + id + "/issue"));
        return FormSubmission.complete(answer, ok -> "/console/invoices/" + id + "?issued=true",
                FormSubmission.onTop(api::problem, pages.messages()), refused -> invoicePage(user, id, false, refused));
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
                .data("mayEdit", user.may(Screen.INVOICE_EDIT))
                .data("mayCredit", user.may(Screen.CREDIT_NOTE))
                .data("issued", issued)
                .data("done", "")
                .data("errors", errors);
    }
}
