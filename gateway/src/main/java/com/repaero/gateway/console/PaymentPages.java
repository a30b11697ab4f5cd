package com.repaero.gateway.console;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

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
 * SEPA payment batches: created from approved bills (each rendering of the form carries its own Idempotency-Key, so a
 * double submit or a reload never creates, hence never pays, a second batch), read with their transfers, their
 * pain.001 downloaded, and sent to the bank once.
 */
@Path("/console/payments")
@Produces(MediaType.TEXT_HTML)
@Authenticated
public class PaymentPages {

    private static final int PAGE_SIZE = 20;

    private final ConsolePages pages;
    private final SupplierApi api;
    private final Template list;
    private final Template form;
    private final Template detail;

    public PaymentPages(ConsolePages pages, SupplierApi api, @Location("console/payments.html") Template list,
            @Location("console/payment-form.html") Template form,
            @Location("console/payment.html") Template detail) {
        this.pages = pages;
        this.api = api;
        this.list = list;
        this.form = form;
        this.detail = detail;
    }

    /** A payment batch as supplier-service returns it. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Batch(long id, String messageId, String state, LocalDate requestedExecutionDate,
            int numberOfTransactions, BigDecimal controlSum, List<Payment> payments, Instant createdAt,
            String createdBy, Instant sentAt) {

        public boolean sent() {
            return "SENT".equals(state);
        }
    }

    /** One bill's transfer in a batch. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Payment(long billId, long supplierId, String endToEndId, BigDecimal amount, BigDecimal paidAmount,
            String state, String remittance) {
    }

    /** A transfer with its supplier's name. */
    public record PaymentRow(Payment payment, String supplierName) {
    }

    /** An approved bill offered for payment, ticked or not. */
    public record BillChoice(BillPages.BillSummary bill, String supplierName, boolean chosen) {
    }

    /**
     * The batches, newest first, when supplier-service lists them; it may only read one batch at a time, so a batch can
     * always be opened by its number.
     */
    @GET
    public TemplateInstance search(@QueryParam("page") @DefaultValue("1") int page) {
        ConsoleUser user = pages.require(Screen.PAYMENTS);
        int pageIndex = Math.max(0, page - 1);
        ServiceApi.Answer answer = api.get("/payment-batches?page=" + pageIndex + "&size=" + PAGE_SIZE);
        boolean listed = answer.ok();
        SupplierApi.Page<Batch> result = listed
                ? api.read(answer, new TypeReference<SupplierApi.Page<Batch>>() {
                })
                : new SupplierApi.Page<>(List.of(), pageIndex, PAGE_SIZE, 0);
        return pages.page(list, user, Screen.PAYMENTS)
                .data("listed", listed)
                .data("result", result)
                .data("filter", "")
                .data("pageNumber", pageIndex + 1)
                .data("prevPage", pageIndex)
                .data("nextPage", pageIndex + 2);
    }

    /** Opens a batch by its number. */
    @GET
    @Path("open")
    public Response open(@QueryParam("id") @DefaultValue("") String id) {
        pages.require(Screen.PAYMENTS);
        Long batch = OrderPages.parseId(id);
        return ConsolePages.seeOther(batch == null ? "/console/payments" : "/console/payments/" + batch);
    }

    @GET
    @Path("new")
    public TemplateInstance newBatch() {
        ConsoleUser user = pages.require(Screen.PAYMENT_EDIT);
        return formPage(user, null, nextBusinessDay().toString(), FormErrors.none());
    }

    @POST
    @Path("new")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(@FormParam("billId") List<String> billIds,
            @FormParam("requestedExecutionDate") String executionDate,
            @FormParam("idempotencyKey") String idempotencyKey) {
        ConsoleUser user = pages.require(Screen.PAYMENT_EDIT);
        pages.requireSameOrigin();
        ConsoleMessages msg = pages.messages();
        AccountingMessages acc = pages.accounting();
        List<Long> chosen = billIds == null
                ? List.of()
                : billIds.stream().map(OrderPages::parseId).filter(java.util.Objects::nonNull).distinct().toList();
        FormErrors errors = FormErrors.none();
        String day = OrderPages.day(executionDate, "requestedExecutionDate", acc.batch_executionDate(), errors, msg);
        if (FormValues.blank(idempotencyKey)) {
            // A form that did not come from this page: never create a batch without its key.
            errors.general(msg.problem("idempotency-key-reused", ""));
        }
        if (errors.any()) {
            return ConsolePages.html(400, formPage(user, Set.copyOf(chosen), FormValues.orEmpty(executionDate),
                    errors));
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("billIds", chosen);
        body.put("requestedExecutionDate", day);
        ServiceApi.Answer answer = api.call(ServiceApi.Call.post("/payment-batches")
                .body(api.json(body), "application/json").header("Idempotency-Key", idempotencyKey.strip()));
        // 201 the first time, 200 for the same key again: either way, the one batch of this form.
        return FormSubmission.complete(answer, ok -> "/console/payments/" + api.read(ok, Batch.class).id() + "?done="
                + (ok.status() == 201 ? "created" : "already"),
                FormSubmission.onFields(api::problem, msg, field -> switch (field) {
                    case "billIds", "#bill-not-approved", "#bill-already-in-batch", "#duplicate-bill", "#unknown-bill",
                            "#supplier-without-default-account", "#supplier-without-billing-address" ->
                        new Problems.Target(
                                "bills", acc.batch_bills());
                    case "requestedExecutionDate" ->
                        new Problems.Target("requestedExecutionDate", acc.batch_executionDate());
                    default -> field.startsWith("billIds[") ? new Problems.Target("bills", acc.batch_bills()) : null;
                }),
                refused -> formPage(user, Set.copyOf(chosen),
                        FormValues.orEmpty(executionDate), refused));
    }

    @GET
    @Path("{id: \\d+}")
    public TemplateInstance batch(@PathParam("id") long id, @QueryParam("done") @DefaultValue("") String done) {
        ConsoleUser user = pages.require(Screen.PAYMENTS);
        return batchPage(user, id, done, FormErrors.none());
    }

    /** The pain.001.001.09 file, as sent (or to be sent) to the bank. */
    @GET
    @Path("{id: \\d+}/pain001")
    @Produces(MediaType.WILDCARD)
    public Response pain001(@PathParam("id") long id) {
        ConsoleUser user = pages.require(Screen.PAYMENT_EDIT);
        ServiceApi.Download file = api.download("/payment-batches/" + id + "/pain001");
        if (!file.ok()) {
            throw pages.notFound(user, Screen.PAYMENTS, "batch");
        }
        return Response.ok(file.body(), file.contentType())
                .header("Content-Disposition", file.contentDisposition() != null
                        ? file.contentDisposition()
                        : "attachment; filename=\"pain001-" + id + ".xml\"")
                .build();
    }

    @POST
    @Path("{id: \\d+}/send")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response send(@PathParam("id") long id) {
        ConsoleUser user = pages.require(Screen.PAYMENT_EDIT);
        pages.requireSameOrigin();
        // The bank refusing or not answering is an answer to show (nothing changed), not an outage of the console.
        ServiceApi.Answer answer = api.call(ServiceApi.Call.post("/payment-batches/" + id + "/send")
                .acceptingServiceErrors());
        return FormSubmission.complete(answer, ok -> "/console/payments/" + id + "?done=sent",
                FormSubmission.onTop(api::problem, pages.messages()), refused -> batchPage(user, id, "", refused));
    }

    private TemplateInstance batchPage(ConsoleUser user, long id, String done, FormErrors errors) {
        ServiceApi.Answer answer = api.get("/payment-batches/" + id);
        if (!answer.ok()) {
            throw pages.notFound(user, Screen.PAYMENTS, "batch");
        }
        Batch batch = api.read(answer, Batch.class);
        return pages.page(detail, user, Screen.PAYMENTS)
                .data("batch", batch)
                .data("payments", batch.payments().stream()
                        .map(p -> new PaymentRow(p, api.supplierName(p.supplierId()))).toList())
                .data("mayEdit", user.may(Screen.PAYMENT_EDIT))
                .data("mayBills", user.may(Screen.BILLS))
                .data("done", done)
                .data("errors", errors);
    }

    /** The approved bills, all ticked at first; a new Idempotency-Key for each rendering. */
    private TemplateInstance formPage(ConsoleUser user, Set<Long> chosen, String executionDate, FormErrors errors) {
        ServiceApi.Answer answer = api.get("/bills?state=APPROVED&page=0&size=100");
        List<BillPages.BillSummary> approved = answer.ok()
                ? api.read(answer, new TypeReference<SupplierApi.Page<BillPages.BillSummary>>() {
                }).items()
                : List.of();
        List<BillChoice> choices = approved.stream().map(b -> new BillChoice(b, api.supplierName(b.supplierId()),
                chosen == null || chosen.contains(b.id()))).toList();
        BigDecimal total = approved.stream().map(BillPages.BillSummary::totalAmount).reduce(BigDecimal.ZERO,
                BigDecimal::add);
        return pages.page(form, user, Screen.PAYMENTS)
                .data("choices", choices)
                .data("total", total)
                .data("executionDate", executionDate)
                .data("idempotencyKey", UUID.randomUUID().toString())
                .data("errors", errors);
    }

    private static LocalDate nextBusinessDay() {
        LocalDate day = LocalDate.now(ConsoleFormats.ZONE).plusDays(1);
        while (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
            day = day.plusDays(1);
        }
        return day;
    }
}
