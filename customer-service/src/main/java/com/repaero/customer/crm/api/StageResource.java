package com.repaero.customer.crm.api;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
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

import com.repaero.customer.crm.domain.PipelineStage;
import com.repaero.customer.crm.domain.StageService;
import com.repaero.platform.api.IfMatch;
import com.repaero.platform.problem.Problem;
import com.repaero.platform.security.Roles;

import io.quarkus.security.identity.SecurityIdentity;

/** The stages of the sales pipeline: everyone in the CRM reads them, admin configures them. */
@Path("/crm/stages")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "CRM")
public class StageResource {

    private final StageService stages;
    private final SecurityIdentity identity;

    public StageResource(StageService stages, SecurityIdentity identity) {
        this.stages = stages;
        this.identity = identity;
    }

    @GET
    @RolesAllowed({Roles.SALES, Roles.ACCOUNTING, Roles.ADMIN})
    @Operation(summary = "List the pipeline stages", description = "In board order.")
    @APIResponse(responseCode = "200", description = "The stages", content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = StageResponse.class)))
    public List<StageResponse> list() {
        return PipelineStage.ordered().stream().map(StageResponse::of).toList();
    }

    @POST
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Add a pipeline stage", description = "Names are unique (case-insensitive).")
    @APIResponse(responseCode = "201", description = "Added", content = @Content(schema = @Schema(implementation = StageResponse.class)))
    @APIResponse(responseCode = "409", description = "Name taken (code duplicate-stage-name)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response create(@Valid @NotNull StageRequest request, UriInfo uri) {
        PipelineStage stage = stages.create(request.toDetails(), identity.getPrincipal().getName());
        return Response.created(uri.getAbsolutePathBuilder().path(stage.id.toString()).build())
                .tag(new EntityTag(Integer.toString(stage.version))).entity(StageResponse.of(stage)).build();
    }

    @PUT
    @Path("{id}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Change a pipeline stage", description = "Rename, reorder, re-weight. Requires If-Match (the stage's version). The outcome (won/lost) "
            + "cannot change while opportunities are in the stage, and one open stage must remain.")
    @APIResponse(responseCode = "200", description = "Changed", content = @Content(schema = @Schema(implementation = StageResponse.class)))
    @APIResponse(responseCode = "404", description = "No such stage", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Name taken, stage in use or last open stage (codes duplicate-stage-name, stage-in-use, last-open-stage)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "Changed by someone else since read (code stale-version)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "428", description = "If-Match missing (code precondition-required)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response update(@PathParam("id") long id,
            @Parameter(description = "The version read", example = "\"0\"") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull StageRequest request) {
        int expected = IfMatch.version(ifMatch, "The stage");
        PipelineStage stage = stages.update(id, expected, request.toDetails(), identity.getPrincipal().getName());
        return Response.ok(StageResponse.of(stage)).tag(new EntityTag(Integer.toString(stage.version))).build();
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed(Roles.ADMIN)
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Delete a pipeline stage", description = "Only a stage no opportunity ever used (rename it otherwise), and not the last open one.")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", description = "No such stage", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Stage used, or last open stage (codes stage-in-use, last-open-stage)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public void delete(@PathParam("id") long id) {
        stages.delete(id);
    }
}
