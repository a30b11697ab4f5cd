package com.repaero.customer.invoicing.api;

import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.repaero.customer.invoicing.domain.DunningReminder;
import com.repaero.customer.invoicing.domain.Invoice;
import com.repaero.customer.invoicing.domain.InvoiceDocument;
import com.repaero.customer.invoicing.domain.InvoiceKind;
import com.repaero.customer.invoicing.domain.InvoiceService;
import com.repaero.customer.invoicing.domain.InvoiceState;
import com.repaero.customer.invoicing.domain.InvoicingClock;
import com.repaero.customer.invoicing.domain.PaymentStatus;
import com.repaero.platform.api.IfMatch;
import com.repaero.platform.api.PageResponse;
import com.repaero.platform.persistence.LikePattern;
import com.repaero.platform.problem.ProblemException;
import com.repaero.platform.security.Roles;

import io.quarkus.panache.common.Sort;
import io.quarkus.security.identity.SecurityIdentity;

/**
 * Invoices and credit notes: drafts (edited, deleted), issue (number, Factur-X document, InvoiceIssued), the PDF
 * and XML, credit notes, search by payment status. Accounting and admin write; sales reads.
 */
@Path("/invoices")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Invoices")
public class InvoiceResource {

    private static final String INVOICE = "The invoice";

    private final InvoiceService invoices;
    private final InvoicingClock clock;
    private final SecurityIdentity identity;

    public InvoiceResource(InvoiceService invoices, InvoicingClock clock, SecurityIdentity identity) {
        this.invoices = invoices;
        this.clock = clock;
        this.identity = identity;
    }

    @POST
    @Transactional
    @RolesAllowed({Roles.ACCOUNTING, Roles.ADMIN})
    @Operation(summary = "Draft an invoice", description = "Not numbered until issued; totals computed per line and "
            + "per VAT rate (EN 16931 rounding).")
    public Response create(@Valid @NotNull InvoiceRequest request, UriInfo uri) {
        Invoice invoice = invoices.createDraft(request.data(), request.inputs(), null, user());
        URI location = uri.getAbsolutePathBuilder().path(invoice.id.toString()).build();
        return Response.created(location).tag(tag(invoice)).entity(InvoiceResponse.of(invoice, clock.today()))
                .build();
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.SALES, Roles.ACCOUNTING, Roles.ADMIN})
    @Operation(summary = "Read an invoice or credit note", description = "With its buyer snapshot and payment "
            + "status once issued; the ETag is the version.")
    public Response get(@PathParam("id") long id) {
        Invoice invoice = InvoiceService.find(id);
        return Response.ok(InvoiceResponse.of(invoice, clock.today())).tag(tag(invoice)).build();
    }

    @PUT
    @Path("{id}")
    @Transactional
    @RolesAllowed({Roles.ACCOUNTING, Roles.ADMIN})
    @Operation(summary = "Replace a DRAFT invoice", description = "Requires If-Match. An issued invoice is never "
            + "edited: 409 invoice-issued.")
    public Response update(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull InvoiceRequest request) {
        Invoice invoice = InvoiceService.find(id);
        invoice.requireDraft("changed");
        return changed(invoices.update(id, IfMatch.version(ifMatch, INVOICE), request.data(), request.inputs(),
                user()));
    }

    @DELETE
    @Path("{id}")
    @Transactional
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed({Roles.ACCOUNTING, Roles.ADMIN})
    @Operation(summary = "Delete a DRAFT invoice", description = "An issued invoice is never deleted: 409 "
            + "invoice-issued.")
    public Response delete(@PathParam("id") long id) {
        invoices.delete(id);
        return Response.noContent().build();
    }

    @POST
    @Path("{id}/issue")
    @Transactional
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed({Roles.ACCOUNTING, Roles.ADMIN})
    @Operation(summary = "Issue the invoice or credit note", description = "Gives the next number of the year without "
            + "gap (FA- or AV-), the issue and due dates, the buyer snapshot, and writes the Factur-X PDF (EN 16931); "
            + "emits InvoiceIssued. 409 invoice-issued when already issued, 422 buyer-siren-missing, "
            + "buyer-address-missing, customer-not-found or credit-exceeds-invoice.")
    public Response issue(@PathParam("id") long id) {
        return changed(invoices.issue(id, user()));
    }

    @GET
    @Path("{id}/pdf")
    @Produces({"application/pdf", MediaType.APPLICATION_JSON})
    @RolesAllowed({Roles.SALES, Roles.ACCOUNTING, Roles.ADMIN})
    @Operation(summary = "Download the Factur-X PDF", description = "PDF/A-3 with factur-x.xml (EN 16931) attached, as "
            + "written at issue. 409 invoice-not-issued for a draft.")
    public Response pdf(@PathParam("id") long id) {
        Invoice invoice = InvoiceService.find(id);
        return Response.ok(document(invoice).pdf, "application/pdf")
                .header("Content-Disposition", "attachment; filename=\"" + invoice.number + ".pdf\"").build();
    }

    @GET
    @Path("{id}/xml")
    @Produces({MediaType.APPLICATION_XML, MediaType.APPLICATION_JSON})
    @RolesAllowed({Roles.SALES, Roles.ACCOUNTING, Roles.ADMIN})
    @Operation(summary = "Download the CII XML alone", description = "The factur-x.xml embedded in the PDF. 409 "
            + "invoice-not-issued for a draft.")
    public Response xml(@PathParam("id") long id) {
        Invoice invoice = InvoiceService.find(id);
        return Response.ok(document(invoice).xml, MediaType.APPLICATION_XML)
                .header("Content-Disposition", "attachment; filename=\"" + invoice.number + "-factur-x.xml\"")
                .build();
    }

    @POST
    @Path("{id}/credit-notes")
    @Transactional
    @RolesAllowed({Roles.ACCOUNTING, Roles.ADMIN})
    @Operation(summary = "Draft a credit note for an issued invoice", description = "Credits every line in full, or "
            + "the given quantities of the given lines; issued like an invoice (numbered AV-). 409 "
            + "invoice-not-creditable, 422 credit-exceeds-invoice.")
    public Response creditNote(@PathParam("id") long id, @Valid CreditNoteRequest request, UriInfo uri) {
        CreditNoteRequest body = request == null ? new CreditNoteRequest(null, null) : request;
        Invoice note = invoices.createCreditNote(id, body.credited(), body.notes(), user());
        URI location = uri.getBaseUriBuilder().path("invoices").path(note.id.toString()).build();
        return Response.created(location).tag(tag(note)).entity(InvoiceResponse.of(note, clock.today())).build();
    }

    @GET
    @Path("{id}/reminders")
    @RolesAllowed({Roles.ACCOUNTING, Roles.ADMIN})
    @Operation(summary = "List the payment reminders sent for an invoice", description = "One per dunning step at "
            + "most.")
    public List<ReminderResponse> reminders(@PathParam("id") long id) {
        InvoiceService.find(id);
        return DunningReminder.<DunningReminder>list("invoiceId", Sort.ascending("stepDays"), id).stream()
                .map(ReminderResponse::of).toList();
    }

    @GET
    @RolesAllowed({Roles.SALES, Roles.ACCOUNTING, Roles.ADMIN})
    @Operation(summary = "Search invoices and credit notes", description = "By customer, kind, state, payment status "
            + "(OVERDUE: unpaid past the due date) and part of the number; newest first.")
    public PageResponse<InvoiceSummary> search(@QueryParam("customerId") @Positive Long customerId,
            @QueryParam("kind") @Pattern(regexp = "INVOICE|CREDIT_NOTE") String kind,
            @QueryParam("state") @Pattern(regexp = "DRAFT|ISSUED") String state,
            @QueryParam("paymentStatus") @Pattern(regexp = "UNPAID|PARTLY_PAID|PAID|OVERDUE") String paymentStatus,
            @QueryParam("number") @Size(max = 20) String number,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(100) int size) {
        List<String> where = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        if (customerId != null) {
            where.add("customerId = :customerId");
            params.put("customerId", customerId);
        }
        if (kind != null) {
            where.add("kind = :kind");
            params.put("kind", InvoiceKind.valueOf(kind));
        }
        if (state != null) {
            where.add("state = :state");
            params.put("state", InvoiceState.valueOf(state));
        }
        if (paymentStatus != null) {
            PaymentStatus status = PaymentStatus.valueOf(paymentStatus);
            if (status == PaymentStatus.OVERDUE) {
                where.add("paymentStatus in :open and dueDate < :today");
                params.put("open", List.of(PaymentStatus.UNPAID, PaymentStatus.PARTLY_PAID));
            } else if (status == PaymentStatus.PAID) {
                where.add("paymentStatus = :status");
            } else {
                // UNPAID and PARTLY_PAID as shown: not yet overdue.
                where.add("paymentStatus = :status and dueDate >= :today");
            }
            if (status != PaymentStatus.OVERDUE) {
                params.put("status", status);
            }
            if (status != PaymentStatus.PAID) {
                params.put("today", clock.today());
            }
        }
        if (number != null && !number.isBlank()) {
            where.add("upper(number) like :number escape '!'");
            params.put("number", LikePattern.containsIgnoreCase(number));
        }
        var found = Invoice.<Invoice>find(where.isEmpty() ? "" : String.join(" and ", where), Sort.descending("id"),
                params);
        return new PageResponse<>(found.page(page, size).list().stream()
                .map(i -> InvoiceSummary.of(i, clock.today())).toList(), page, size, found.count());
    }

    private static InvoiceDocument document(Invoice invoice) {
        if (invoice.state != InvoiceState.ISSUED) {
            throw new ProblemException.Conflict("invoice-not-issued",
                    "Draft " + invoice.id + " has no document until it is issued");
        }
        return InvoiceDocument.<InvoiceDocument>findByIdOptional(invoice.id)
                .orElseThrow(() -> new ProblemException.NotFound("Document of invoice", invoice.number));
    }

    private String user() {
        return identity.getPrincipal().getName();
    }

    private static EntityTag tag(Invoice invoice) {
        return new EntityTag(Integer.toString(invoice.version));
    }

    /** After a change: flushed first, so that the ETag is the new version. */
    private Response changed(Invoice invoice) {
        Invoice.flush();
        return Response.ok(InvoiceResponse.of(invoice, clock.today())).tag(tag(invoice)).build();
    }
}
