package com.repaero.gateway.console;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
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

import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.core.type.TypeReference;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;

/**
 * Bank statements: a camt.053 file uploaded from the browser (a plain multipart form, forwarded to supplier-service as
 * XML), the statements, and the reconciliation of one: its counts and the lines no transfer of ours explained, each
 * matched by hand to a bill being paid.
 */
@Path("/console/statements")
@Produces(MediaType.TEXT_HTML)
@Authenticated
public class StatementPages {

    private static final int PAGE_SIZE = 20;

    private final ConsolePages pages;
    private final SupplierApi api;
    private final Template list;
    private final Template detail;

    public StatementPages(ConsolePages pages, SupplierApi api, @Location("console/statements.html") Template list,
            @Location("console/statement.html") Template detail) {
        this.pages = pages;
        this.api = api;
        this.list = list;
        this.detail = detail;
    }

    /** An imported statement and what reconciliation made of its lines. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Statement(long id, String statementId, String iban, int lines, long matched, long unmatched,
            long ignored, Instant importedAt, String importedBy) {
    }

    /** One statement line. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Line(long id, int lineNumber, String entryReference, BigDecimal amount, String currency,
            String direction, LocalDate bookingDate, LocalDate valueDate, String endToEndId, String remittance,
            String status, Long billId) {
    }

    /** An unmatched line and the bill chosen for it (when the form comes back refused). */
    public record LineMatch(Line line, String chosenBill) {
        public String id(String field) {
            return "m" + line.id() + "-" + field;
        }
    }

    /** A bill a line may settle: in a payment batch, not paid in full. */
    public record BillOption(String id, String label) {
    }

    @GET
    public TemplateInstance search(@QueryParam("page") @DefaultValue("1") int page) {
        ConsoleUser user = pages.require(Screen.STATEMENTS);
        return listPage(user, Math.max(0, page - 1), FormErrors.none());
    }

    /** Opens a statement by its number. */
    @GET
    @Path("open")
    public Response open(@QueryParam("id") @DefaultValue("") String id) {
        pages.require(Screen.STATEMENTS);
        Long statement = OrderPages.parseId(id);
        return ConsolePages.seeOther(statement == null ? "/console/statements" : "/console/statements/" + statement);
    }

    /** The uploaded camt.053 goes to supplier-service as it is; importing the same statement twice changes nothing. */
    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response upload(@RestForm("file") FileUpload file) {
        ConsoleUser user = pages.require(Screen.STATEMENTS);
        pages.requireSameOrigin();
        ConsoleMessages msg = pages.messages();
        AccountingMessages acc = pages.accounting();
        byte[] content = read(file);
        if (content.length == 0) {
            return ConsolePages.html(400, listPage(user, 0,
                    FormErrors.none().field("file", acc.statement_file(), msg.file_required())));
        }
        ServiceApi.Answer answer = api.call(ServiceApi.Call.post("/bank-statements").body(content, "application/xml"));
        if (answer.ok()) {
            Statement statement = api.read(answer, Statement.class);
            return ConsolePages.seeOther("/console/statements/" + statement.id() + "?done="
                    + (answer.status() == 201 ? "imported" : "already"));
        }
        FormErrors errors = Problems.toErrors(api.problem(answer), msg,
                field -> new Problems.Target("file", acc.statement_file()));
        return ConsolePages.html(FormSubmission.status(answer), listPage(user, 0, errors));
    }

    @GET
    @Path("{id: \\d+}")
    public TemplateInstance statement(@PathParam("id") long id, @QueryParam("done") @DefaultValue("") String done) {
        ConsoleUser user = pages.require(Screen.STATEMENTS);
        return statementPage(user, id, done, FormErrors.none(), Map.of());
    }

    @POST
    @Path("{id: \\d+}/lines/{lineId: \\d+}/match")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response match(@PathParam("id") long id, @PathParam("lineId") long lineId,
            @FormParam("billId") String billId) {
        ConsoleUser user = pages.require(Screen.STATEMENTS);
        pages.requireSameOrigin();
        ConsoleMessages msg = pages.messages();
        AccountingMessages acc = pages.accounting();
        String anchor = "m" + lineId + "-bill";
        Long bill = OrderPages.parseId(billId);
        if (bill == null) {
            return ConsolePages.html(400, statementPage(user, id, "",
                    FormErrors.none().field(anchor, acc.statement_match_bill(), msg.choose_one()), Map.of()));
        }
        ServiceApi.Answer answer = api.post("/bank-statements/" + id + "/lines/" + lineId + "/match",
                Map.of("billId", bill));
        return FormSubmission.complete(answer, ok -> "/console/statements/" + id + "?done=matched",
                FormSubmission.onFields(api::problem, msg, field -> "#line-not-unmatched".equals(field)
                        ? null
                        : new Problems.Target(anchor, acc.statement_match_bill())),
                refused -> statementPage(user, id, "", refused, Map.of(lineId, billId == null ? "" : billId)));
    }

    private TemplateInstance listPage(ConsoleUser user, int pageIndex, FormErrors errors) {
        ServiceApi.Answer answer = api.get("/bank-statements?page=" + pageIndex + "&size=" + PAGE_SIZE);
        boolean listed = answer.ok();
        SupplierApi.Page<Statement> result = listed
                ? api.read(answer, new TypeReference<SupplierApi.Page<Statement>>() {
                })
                : new SupplierApi.Page<>(List.of(), pageIndex, PAGE_SIZE, 0);
        return pages.page(list, user, Screen.STATEMENTS)
                .data("listed", listed)
                .data("result", result)
                .data("filter", "")
                .data("pageNumber", pageIndex + 1)
                .data("prevPage", pageIndex)
                .data("nextPage", pageIndex + 2)
                .data("errors", errors);
    }

    private TemplateInstance statementPage(ConsoleUser user, long id, String done, FormErrors errors,
            Map<Long, String> chosen) {
        ServiceApi.Answer answer = api.get("/bank-statements/" + id);
        if (!answer.ok()) {
            throw pages.notFound(user, Screen.STATEMENTS, "statement");
        }
        Statement statement = api.read(answer, Statement.class);
        ServiceApi.Answer unmatched = api.get("/bank-statements/" + id + "/unmatched");
        List<Line> lines = unmatched.ok() ? List.of(api.read(unmatched, Line[].class)) : List.of();
        List<BillOption> bills = lines.isEmpty() ? List.of() : billsInPayment();
        return pages.page(detail, user, Screen.STATEMENTS)
                .data("statement", statement)
                .data("lines", lines.stream()
                        .map(l -> new LineMatch(l, chosen.getOrDefault(l.id(), ""))).toList())
                .data("bills", bills)
                .data("done", done)
                .data("errors", errors);
    }

    /** The bills a transfer was sent for and that are not paid in full. */
    private List<BillOption> billsInPayment() {
        ConsoleFormats formats = new ConsoleFormats(pages.locale());
        List<BillOption> options = new ArrayList<>();
        for (String state : List.of("IN_PAYMENT", "PARTLY_PAID")) {
            ServiceApi.Answer answer = api.get("/bills?state=" + state + "&page=0&size=100");
            if (answer.ok()) {
                api.read(answer, new TypeReference<SupplierApi.Page<BillPages.BillSummary>>() {
                }).items().forEach(b -> options.add(new BillOption(Long.toString(b.id()), b.invoiceNumber() + " — "
                        + api.supplierName(b.supplierId()) + " — " + formats.money(b.totalAmount()))));
            }
        }
        return options;
    }

    static byte[] read(FileUpload file) {
        if (file == null || file.uploadedFile() == null) {
            return new byte[0];
        }
        try {
            return Files.readAllBytes(file.uploadedFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
