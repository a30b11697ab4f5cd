package com.repaero.customer.crm.api;

import java.util.List;
import java.util.Locale;

import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
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
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.repaero.customer.crm.domain.Opportunity;
import com.repaero.customer.crm.domain.OpportunitySearch;
import com.repaero.customer.crm.domain.OpportunityService;
import com.repaero.customer.crm.domain.OpportunityStageChange;
import com.repaero.platform.api.IfMatch;
import com.repaero.platform.api.PageResponse;
import com.repaero.platform.problem.Problem;
import com.repaero.platform.problem.ProblemException.InvalidInput;
import com.repaero.platform.security.Roles;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.security.identity.SecurityIdentity;

/** Opportunities of the sales pipeline: create, read, change, move between stages, search. */
@Path("/crm/opportunities")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "CRM")
public class OpportunityResource {

    private final OpportunityService opportunities;
    private final SecurityIdentity identity;

    public OpportunityResource(OpportunityService opportunities, SecurityIdentity identity) {
        this.opportunities = opportunities;
        this.identity = identity;
    }

    @POST
    @RolesAllowed({Roles.SALES, Roles.ADMIN})
    @Operation(summary = "Create an opportunity", description = "In the first open stage unless stageId says otherwise; owned by the caller unless owner says "
            + "otherwise. Writes the first line of its stage history.")
    @APIResponse(responseCode = "201", description = "Created", content = @Content(schema = @Schema(implementation = OpportunityResponse.class)))
    @Transactional
    public Response create(@Valid @NotNull OpportunityRequest request, UriInfo uri) {
        Opportunity opportunity = opportunities.create(request.toDetails(user()), request.stageId(), null, user());
        return Response.created(uri.getAbsolutePathBuilder().path(opportunity.id.toString()).build())
                .tag(etag(opportunity)).entity(OpportunityResponse.of(opportunity)).build();
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.SALES, Roles.ACCOUNTING, Roles.ADMIN})
    @Operation(summary = "Read an opportunity", description = "The ETag is the version, for If-Match.")
    @APIResponse(responseCode = "200", description = "The opportunity", content = @Content(schema = @Schema(implementation = OpportunityResponse.class)))
    @APIResponse(responseCode = "404", description = "No such opportunity", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @Transactional
    public Response get(@PathParam("id") long id) {
        Opportunity opportunity = OpportunityService.find(id);
        return Response.ok(OpportunityResponse.of(opportunity)).tag(etag(opportunity)).build();
    }

    @PUT
    @Path("{id}")
    @RolesAllowed({Roles.SALES, Roles.ADMIN})
    @Operation(summary = "Update an opportunity", description = "Replaces every field; a different stageId moves it (with history). Requires If-Match: missing → "
            + "428, stale → 412.")
    @APIResponse(responseCode = "200", description = "Updated", content = @Content(schema = @Schema(implementation = OpportunityResponse.class)))
    @APIResponse(responseCode = "404", description = "No such opportunity", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "Changed by someone else since read (code stale-version)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "428", description = "If-Match missing (code precondition-required)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @Transactional
    public Response update(@PathParam("id") long id,
            @Parameter(description = "The ETag of the version read", example = "\"3\"") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull OpportunityRequest request) {
        int expected = IfMatch.version(ifMatch, "The opportunity");
        Opportunity opportunity = opportunities.update(id, expected, request.toDetails(null), request.stageId(),
                user());
        return Response.ok(OpportunityResponse.of(opportunity)).tag(etag(opportunity)).build();
    }

    @POST
    @Path("{id}/move")
    @RolesAllowed({Roles.SALES, Roles.ADMIN})
    @Operation(summary = "Move an opportunity to another stage", description = "A drag on the board. If-Match is optional here: when sent, a stale version is 412. Reaching a "
            + "won or lost stage closes the opportunity; moving back to an open stage reopens it. Writes a history line.")
    @APIResponse(responseCode = "200", description = "Moved (or already there)", content = @Content(schema = @Schema(implementation = OpportunityResponse.class)))
    @APIResponse(responseCode = "404", description = "No such opportunity", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "Changed by someone else since read (code stale-version)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @Transactional
    public Response move(@PathParam("id") long id,
            @Parameter(description = "Optional: the ETag of the version read", example = "\"3\"") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull MoveRequest request) {
        Integer expected = ifMatch == null || ifMatch.isBlank() ? null : IfMatch.version(ifMatch, "The opportunity");
        Opportunity opportunity = opportunities.move(id, expected, request.stageId(), user());
        return Response.ok(OpportunityResponse.of(opportunity)).tag(etag(opportunity)).build();
    }

    @GET
    @Path("{id}/history")
    @RolesAllowed({Roles.SALES, Roles.ACCOUNTING, Roles.ADMIN})
    @Operation(summary = "Stage history of an opportunity", description = "Every move, oldest first; the first line is its creation.")
    @APIResponse(responseCode = "200", description = "The history", content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = StageChangeResponse.class)))
    @APIResponse(responseCode = "404", description = "No such opportunity", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @Transactional
    public List<StageChangeResponse> history(@PathParam("id") long id) {
        OpportunityService.find(id);
        return OpportunityStageChange.ofOpportunity(id).stream().map(StageChangeResponse::of).toList();
    }

    @GET
    @RolesAllowed({Roles.SALES, Roles.ACCOUNTING, Roles.ADMIN})
    @Operation(summary = "Search opportunities", description = "Filters combine (and). Urgent first, then by expected close date, unless `sort` says otherwise.")
    @APIResponse(responseCode = "200", description = "One page of opportunities")
    @Transactional
    public PageResponse<OpportunitySummary> search(
            @Parameter(description = "Part of the title or of the customer's name", example = "hélice") @QueryParam("q") @Size(max = 100) String q,
            @QueryParam("customerId") Long customerId,
            @QueryParam("stageId") Long stageId,
            @Parameter(description = "User name in charge", example = "sales") @QueryParam("owner") @Size(max = 100) String owner,
            @QueryParam("urgent") Boolean urgent,
            @Parameter(description = "OPEN, WON or LOST", example = "OPEN") @QueryParam("status") String status,
            @Parameter(description = "field[,asc|desc]; fields: expectedCloseDate, amount, createdAt, updatedAt, title", example = "amount,desc") @QueryParam("sort") @Size(max = 40) String sort,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(100) int size) {
        SortParam<OpportunitySearch.SortField> order = SortParam.parse(sort, OpportunitySearch.SortField.class);
        PanacheQuery<Opportunity> query = OpportunitySearch.query(new OpportunitySearch.Criteria(q, customerId, stageId,
                owner, urgent, status(status), order.field(), order.descending()));
        return new PageResponse<>(query.page(page, size).list().stream().map(OpportunitySummary::of).toList(), page,
                size, query.count());
    }

    private static OpportunitySearch.Status status(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return OpportunitySearch.Status.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInput("status", "must be one of OPEN, WON, LOST");
        }
    }

    private String user() {
        return identity.getPrincipal().getName();
    }

    static EntityTag etag(Opportunity opportunity) {
        return new EntityTag(Integer.toString(opportunity.version));
    }
}
