package com.repaero.gateway.console;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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
 * Quotes: the list by state, a quote drawn up with the same form as an invoice ({@link DocumentEditor}), sent,
 * accepted or refused, and an accepted one turned into an invoice draft.
 */
@Path("/console/quotes")
@Produces(MediaType.TEXT_HTML)
@Authenticated
public class QuotePages {

    static final List<String> STATES = List.of("DRAFT", "SENT", "ACCEPTED", "REFUSED", "EXPIRED");
    private static final List<String> DECISIONS = List.of("send", "accept", "refuse");
    private static final int PAGE_SIZE = 20;

    private final ConsolePages pages;
    private final CustomerApi api;
    private final DocumentEditor editor;
    private final Template list;
    private final Template detail;

    public QuotePages(ConsolePages pages, CustomerApi api, DocumentEditor editor,
            @Location("console/quotes.html") Template list, @Location("console/quote.html") Template detail) {
        this.pages = pages;
        this.api = api;
        this.editor = editor;
        this.list = list;
        this.detail = detail;
    }

    /** A quote as customer-service shows it. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Quote(long id, String quoteNumber, long customerId, String state, String operationCategory,
            BigDecimal discountPercent, String notes, List<InvoicePages.Line> lines, InvoicePages.Totals totals,
            LocalDate validUntil, Instant sentAt, Instant decidedAt, String decidedBy, Long invoiceId, int version) {

        public boolean draft() {
            return "DRAFT".equals(state);
        }

        public boolean sent() {
            return "SENT".equals(state);
        }

        public boolean invoiceable() {
            return "ACCEPTED".equals(state) && invoiceId == null;
        }
    }

    /** A row of the list: the quote and its customer's name. */
    public record Row(Quote quote, String customerName) {
    }

    @GET
    public TemplateInstance search(@QueryParam("state") @DefaultValue("") String state,
            @QueryParam("page") @DefaultValue("1") int page) {
        ConsoleUser user = pages.require(Screen.QUOTES);
        String filter = STATES.contains(state) ? state : "";
        int pageIndex = Math.max(0, page - 1);
        ServiceApi.Answer answer = api.get("/quotes?page=" + pageIndex + "&size=" + PAGE_SIZE
                + (filter.isEmpty() ? "" : "&state=" + filter));
        SupplierApi.Page<Row> rows = new SupplierApi.Page<>(List.of(), pageIndex, PAGE_SIZE, 0);
        if (answer.ok()) {
            SupplierApi.Page<Quote> found = api.read(answer, new TypeReference<SupplierApi.Page<Quote>>() {
            });
            Map<Long, String> names = new HashMap<>();
            rows = new SupplierApi.Page<>(found.items().stream()
                    .map(q -> new Row(q, names.computeIfAbsent(q.customerId(), this::customerName))).toList(),
                    found.page(), found.size(), found.total());
        }
        return pages.page(list, user, Screen.QUOTES)
                .data("result", rows)
                .data("state", filter)
                .data("states", STATES)
                .data("mayCreate", user.may(Screen.QUOTE_EDIT))
                .data("pageNumber", pageIndex + 1)
                .data("prevPage", pageIndex)
                .data("nextPage", pageIndex + 2);
    }

    @GET
    @Path("new")
    public TemplateInstance newQuote(@QueryParam("customerId") Long customerId) {
        ConsoleUser user = pages.require(Screen.QUOTE_EDIT);
        return editor.page(user, Screen.QUOTES, DocumentForm.blank(DocumentForm.Kind.QUOTE, customerId), List.of(),
                FormErrors.none(), newTarget());
    }

    @POST
    @Path("new")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(MultivaluedMap<String, String> typed) {
        ConsoleUser user = pages.require(Screen.QUOTE_EDIT);
        pages.requireSameOrigin();
        return editor.submit(user, Screen.QUOTES, DocumentForm.from(DocumentForm.Kind.QUOTE, typed),
                typed.getFirst("action"), newTarget(), body -> api.post("/quotes", body),
                answer -> "/console/quotes/" + api.read(answer, Quote.class).id() + "?done=created", null);
    }

    @GET
    @Path("{id: \\d+}")
    public TemplateInstance quote(@PathParam("id") long id, @QueryParam("done") @DefaultValue("") String done) {
        ConsoleUser user = pages.require(Screen.QUOTES);
        return quotePage(user, read(user, id), done, FormErrors.none());
    }

    @GET
    @Path("{id: \\d+}/edit")
    public Response edit(@PathParam("id") long id) {
        ConsoleUser user = pages.require(Screen.QUOTE_EDIT);
        Quote quote = read(user, id);
        if (!quote.draft()) {
            return ConsolePages.seeOther("/console/quotes/" + id);
        }
        DocumentForm form = DocumentForm.of(DocumentForm.Kind.QUOTE, quote.customerId(), quote.operationCategory(),
                null, quote.discountPercent(), null, null, quote.notes(), quote.version(), quote.lines(),
                new ConsoleFormats(pages.locale()));
        return ConsolePages.html(200,
                editor.page(user, Screen.QUOTES, form, List.of(), FormErrors.none(), editTarget(id)));
    }

    @POST
    @Path("{id: \\d+}/edit")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response save(@PathParam("id") long id, MultivaluedMap<String, String> typed) {
        ConsoleUser user = pages.require(Screen.QUOTE_EDIT);
        pages.requireSameOrigin();
        DocumentForm form = DocumentForm.from(DocumentForm.Kind.QUOTE, typed);
        return editor.submit(user, Screen.QUOTES, form, typed.getFirst("action"), editTarget(id),
                body -> api.call(ServiceApi.Call.put("/quotes/" + id).body(api.json(body), "application/json")
                        .header("If-Match", OrderPages.etag(form.version))),
                answer -> "/console/quotes/" + id + "?done=saved", () -> Integer.toString(read(user, id).version()));
    }

    /** Sent, accepted or refused: the customer's answer recorded. */
    @POST
    @Path("{id: \\d+}/{decision: send|accept|refuse}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response decide(@PathParam("id") long id, @PathParam("decision") String decision) {
        ConsoleUser user = pages.require(Screen.QUOTE_EDIT);
        pages.requireSameOrigin();
        if (!DECISIONS.contains(decision)) {
            throw pages.notFound(user, Screen.QUOTES, "quote");
        }
        ServiceApi.Answer answer = api.call(ServiceApi.Call.post("/quotes/" + id + "/" + decision));
        return FormSubmission.complete(answer, ok -> "/console/quotes/" + id + "?done=" + decision,
                FormSubmission.onTop(api::problem, pages.messages()),
                refused -> quotePage(user, read(user, id), "", refused));
    }

    /** An accepted quote becomes an invoice draft, which opens. */
    @POST
    @Path("{id: \\d+}/invoice")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response invoice(@PathParam("id") long id) {
        ConsoleUser user = pages.require(Screen.QUOTE_INVOICE);
        pages.requireSameOrigin();
        ServiceApi.Answer answer = api.call(ServiceApi.Call.post("/quotes/" + id + "/invoice"));
        return FormSubmission.complete(answer,
                ok -> "/console/invoices/" + api.read(ok, InvoicePages.Invoice.class).id() + "?done=from-quote",
                FormSubmission.onTop(api::problem, pages.messages()),
                refused -> quotePage(user, read(user, id), "", refused));
    }

    private TemplateInstance quotePage(ConsoleUser user, Quote quote, String done, FormErrors errors) {
        return pages.page(detail, user, Screen.QUOTES)
                .data("quote", quote)
                .data("customerName", customerName(quote.customerId()))
                .data("mayEdit", user.may(Screen.QUOTE_EDIT))
                .data("mayInvoice", user.may(Screen.QUOTE_INVOICE))
                .data("done", done)
                .data("errors", errors);
    }

    private DocumentEditor.Target newTarget() {
        InvoicingMessages inv = pages.invoicing();
        return new DocumentEditor.Target("/console/quotes/new", "/console/quotes", inv.quote_new(),
                inv.quote_create_button());
    }

    private DocumentEditor.Target editTarget(long id) {
        InvoicingMessages inv = pages.invoicing();
        return new DocumentEditor.Target("/console/quotes/" + id + "/edit", "/console/quotes/" + id,
                inv.quote_edit(), inv.document_save_button());
    }

    private Quote read(ConsoleUser user, long id) {
        ServiceApi.Answer answer = api.get("/quotes/" + id);
        if (!answer.ok()) {
            throw pages.notFound(user, Screen.QUOTES, "quote");
        }
        return api.read(answer, Quote.class);
    }

    private String customerName(long customerId) {
        ServiceApi.Answer answer = api.get("/customers/" + customerId);
        return answer.ok() ? api.read(answer, CustomerPages.Customer.class).legalName() : "#" + customerId;
    }
}
