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
import jakarta.ws.rs.Consumes;
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

import com.repaero.customer.invoicing.domain.Invoice;
import com.repaero.customer.invoicing.domain.InvoicingClock;
import com.repaero.customer.invoicing.domain.Quote;
import com.repaero.customer.invoicing.domain.QuoteService;
import com.repaero.customer.invoicing.domain.QuoteState;
import com.repaero.platform.api.IfMatch;
import com.repaero.platform.api.PageResponse;
import com.repaero.platform.security.Roles;

import io.quarkus.panache.common.Sort;
import io.quarkus.security.identity.SecurityIdentity;

/** Quotes: drafted by sales or accounting, sent, accepted or refused, and turned into an invoice draft. */
@Path("/quotes")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Quotes")
public class QuoteResource {

    private static final String QUOTE = "The quote";

    private final QuoteService quotes;
    private final InvoicingClock clock;
    private final SecurityIdentity identity;

    public QuoteResource(QuoteService quotes, InvoicingClock clock, SecurityIdentity identity) {
        this.quotes = quotes;
        this.clock = clock;
        this.identity = identity;
    }

    @POST
    @Transactional
    @RolesAllowed({Roles.SALES, Roles.ACCOUNTING, Roles.ADMIN})
    @Operation(summary = "Draft a quote", description = "Numbered DE-<year>-<n>; totals computed per line and per VAT "
            + "rate (EN 16931 rounding).")
    public Response create(@Valid @NotNull QuoteRequest request, UriInfo uri) {
        Quote quote = quotes.create(request.data(), request.inputs(), user());
        URI location = uri.getAbsolutePathBuilder().path(quote.id.toString()).build();
        return Response.created(location).tag(tag(quote)).entity(QuoteResponse.of(quote)).build();
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.SALES, Roles.ACCOUNTING, Roles.ADMIN})
    @Operation(summary = "Read a quote", description = "The ETag is the version, for If-Match on changes.")
    public Response get(@PathParam("id") long id) {
        return ok(QuoteService.find(id));
    }

    @PUT
    @Path("{id}")
    @Transactional
    @RolesAllowed({Roles.SALES, Roles.ACCOUNTING, Roles.ADMIN})
    @Operation(summary = "Replace a DRAFT quote", description = "Requires If-Match; 409 quote-not-editable once sent.")
    public Response update(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull QuoteRequest request) {
        return changed(quotes.update(id, IfMatch.version(ifMatch, QUOTE), request.data(), request.inputs(), user()));
    }

    @POST
    @Path("{id}/send")
    @Transactional
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed({Roles.SALES, Roles.ACCOUNTING, Roles.ADMIN})
    @Operation(summary = "Mark the quote as sent", description = "DRAFT -> SENT; valid for the configured number of "
            + "days from today.")
    public Response send(@PathParam("id") long id) {
        return changed(quotes.send(id, user()));
    }

    @POST
    @Path("{id}/accept")
    @Transactional
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed({Roles.SALES, Roles.ACCOUNTING, Roles.ADMIN})
    @Operation(summary = "Record the customer's acceptance", description = "SENT -> ACCEPTED; 409 quote-expired "
            + "past its validity date.")
    public Response accept(@PathParam("id") long id) {
        return changed(quotes.decide(id, QuoteState.ACCEPTED, user()));
    }

    @POST
    @Path("{id}/refuse")
    @Transactional
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed({Roles.SALES, Roles.ACCOUNTING, Roles.ADMIN})
    @Operation(summary = "Record the customer's refusal", description = "SENT -> REFUSED.")
    public Response refuse(@PathParam("id") long id) {
        return changed(quotes.decide(id, QuoteState.REFUSED, user()));
    }

    @POST
    @Path("{id}/invoice")
    @Transactional
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed({Roles.ACCOUNTING, Roles.ADMIN})
    @Operation(summary = "Turn an accepted quote into an invoice draft", description = "Once per quote (409 "
            + "quote-already-invoiced); 409 quote-not-accepted unless ACCEPTED.")
    public Response invoice(@PathParam("id") long id, UriInfo uri) {
        Invoice invoice = quotes.convert(id, user());
        Invoice.flush();
        URI location = uri.getBaseUriBuilder().path("invoices").path(invoice.id.toString()).build();
        return Response.created(location).tag(new EntityTag(Integer.toString(invoice.version)))
                .entity(InvoiceResponse.of(invoice, clock.today())).build();
    }

    @GET
    @RolesAllowed({Roles.SALES, Roles.ACCOUNTING, Roles.ADMIN})
    @Operation(summary = "Search quotes", description = "By customer and state, newest first.")
    public PageResponse<QuoteResponse> search(@QueryParam("customerId") @Positive Long customerId,
            @QueryParam("state") @Pattern(regexp = "DRAFT|SENT|ACCEPTED|REFUSED|EXPIRED") String state,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(100) int size) {
        List<String> where = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        if (customerId != null) {
            where.add("customerId = :customerId");
            params.put("customerId", customerId);
        }
        if (state != null) {
            where.add("state = :state");
            params.put("state", QuoteState.valueOf(state));
        }
        var found = Quote.<Quote>find(where.isEmpty() ? "" : String.join(" and ", where),
                Sort.descending("id"), params);
        return new PageResponse<>(found.page(page, size).list().stream().map(QuoteResponse::of).toList(), page, size,
                found.count());
    }

    private String user() {
        return identity.getPrincipal().getName();
    }

    private static EntityTag tag(Quote quote) {
        return new EntityTag(Integer.toString(quote.version));
    }

    /** After a change: flushed first, so that the ETag is the new version. */
    private static Response changed(Quote quote) {
        Quote.flush();
        return ok(quote);
    }

    private static Response ok(Quote quote) {
        return Response.ok(QuoteResponse.of(quote)).tag(tag(quote)).build();
    }
}
