package com.repaero.customer.crm.api;

import java.time.Instant;
import java.util.Locale;

import jakarta.annotation.security.RolesAllowed;
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
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.repaero.customer.crm.domain.Activity;
import com.repaero.customer.crm.domain.ActivitySearch;
import com.repaero.customer.crm.domain.ActivityService;
import com.repaero.customer.crm.domain.ActivityType;
import com.repaero.platform.api.IfMatch;
import com.repaero.platform.api.PageResponse;
import com.repaero.platform.problem.Problem;
import com.repaero.platform.problem.ProblemException.InvalidInput;
import com.repaero.platform.security.Roles;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.security.identity.SecurityIdentity;

/** Activities: calls, e-mails, meetings and tasks about customers and opportunities, and "my open activities". */
@Path("/crm/activities")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "CRM")
public class ActivityResource {

    private final ActivityService activities;
    private final SecurityIdentity identity;

    public ActivityResource(ActivityService activities, SecurityIdentity identity) {
        this.activities = activities;
        this.identity = identity;
    }

    @POST
    @RolesAllowed({Roles.SALES, Roles.ADMIN})
    @Operation(summary = "Plan an activity", description = "Owned by the caller unless owner says otherwise.")
    @APIResponse(responseCode = "201", description = "Planned", content = @Content(schema = @Schema(implementation = ActivityResponse.class)))
    public Response create(@Valid @NotNull ActivityRequest request, UriInfo uri) {
        Activity activity = activities.create(request.toDetails(user()), null, user());
        return Response.created(uri.getAbsolutePathBuilder().path(activity.id.toString()).build())
                .tag(etag(activity)).entity(ActivityResponse.of(activity, Instant.now())).build();
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.SALES, Roles.ACCOUNTING, Roles.ADMIN})
    @Operation(summary = "Read an activity", description = "The ETag is the version, for If-Match.")
    @APIResponse(responseCode = "200", description = "The activity", content = @Content(schema = @Schema(implementation = ActivityResponse.class)))
    @APIResponse(responseCode = "404", description = "No such activity", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response get(@PathParam("id") long id) {
        Activity activity = ActivityService.find(id);
        return Response.ok(ActivityResponse.of(activity, Instant.now())).tag(etag(activity)).build();
    }

    @PUT
    @Path("{id}")
    @RolesAllowed({Roles.SALES, Roles.ADMIN})
    @Operation(summary = "Update an activity", description = "Replaces every field (owner null: unassigned). Requires If-Match: missing → 428, stale → 412.")
    @APIResponse(responseCode = "200", description = "Updated", content = @Content(schema = @Schema(implementation = ActivityResponse.class)))
    @APIResponse(responseCode = "404", description = "No such activity", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "Changed by someone else since read (code stale-version)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "428", description = "If-Match missing (code precondition-required)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response update(@PathParam("id") long id,
            @Parameter(description = "The ETag of the version read", example = "\"3\"") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull ActivityRequest request) {
        int expected = IfMatch.version(ifMatch, "The activity");
        Activity activity = activities.update(id, expected, request.toDetails(null), user());
        return Response.ok(ActivityResponse.of(activity, Instant.now())).tag(etag(activity)).build();
    }

    @POST
    @Path("{id}/done")
    @RolesAllowed({Roles.SALES, Roles.ADMIN})
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Mark an activity done", description = "Idempotent.")
    @APIResponse(responseCode = "200", description = "Done", content = @Content(schema = @Schema(implementation = ActivityResponse.class)))
    @APIResponse(responseCode = "404", description = "No such activity", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response done(@PathParam("id") long id) {
        Activity activity = activities.markDone(id, user());
        return Response.ok(ActivityResponse.of(activity, Instant.now())).tag(etag(activity)).build();
    }

    @GET
    @Path("mine")
    @RolesAllowed({Roles.SALES, Roles.ACCOUNTING, Roles.ADMIN})
    @Operation(summary = "My open activities", description = "The caller's activities not done, by due date: the overdue first, undated last.")
    @APIResponse(responseCode = "200", description = "One page of activities")
    public PageResponse<ActivityResponse> mine(
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("50") @Min(1) @Max(200) int size) {
        return page(ActivitySearch.query(new ActivitySearch.Criteria(null, null, user(), null, false)), page, size);
    }

    @GET
    @RolesAllowed({Roles.SALES, Roles.ACCOUNTING, Roles.ADMIN})
    @Operation(summary = "Search activities", description = "Filters combine (and); by due date, undated last.")
    @APIResponse(responseCode = "200", description = "One page of activities")
    public PageResponse<ActivityResponse> search(
            @QueryParam("customerId") Long customerId,
            @QueryParam("opportunityId") Long opportunityId,
            @Parameter(description = "User name in charge", example = "sales") @QueryParam("owner") @Size(max = 100) String owner,
            @Parameter(description = "CALL, EMAIL, MEETING or TASK", example = "CALL") @QueryParam("type") String type,
            @QueryParam("done") Boolean done,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(200) int size) {
        return page(ActivitySearch.query(new ActivitySearch.Criteria(customerId, opportunityId, owner, type(type),
                done)), page, size);
    }

    private static PageResponse<ActivityResponse> page(PanacheQuery<Activity> query, int page, int size) {
        Instant now = Instant.now();
        return new PageResponse<>(query.page(page, size).list().stream().map(a -> ActivityResponse.of(a, now))
                .toList(), page, size, query.count());
    }

    private static ActivityType type(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return ActivityType.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInput("type", "must be one of CALL, EMAIL, MEETING, TASK");
        }
    }

    private String user() {
        return identity.getPrincipal().getName();
    }

    private static EntityTag etag(Activity activity) {
        return new EntityTag(Integer.toString(activity.version));
    }
}
