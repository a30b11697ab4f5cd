package com.repaero.customer.crm.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.repaero.customer.crm.domain.Note;
import com.repaero.customer.crm.domain.NoteService;
import com.repaero.platform.api.PageResponse;
import com.repaero.platform.problem.ProblemException.InvalidInput;
import com.repaero.platform.security.Roles;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Sort;
import io.quarkus.security.identity.SecurityIdentity;

/** Notes on customers and opportunities: written, never edited. */
@Path("/crm/notes")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "CRM")
public class NoteResource {

    private final NoteService notes;
    private final SecurityIdentity identity;

    public NoteResource(NoteService notes, SecurityIdentity identity) {
        this.notes = notes;
        this.identity = identity;
    }

    @POST
    @RolesAllowed({Roles.SALES, Roles.ADMIN})
    @Operation(summary = "Write a note", description = "On a customer, or on an opportunity (and so on its customer).")
    @APIResponse(responseCode = "201", description = "Written", content = @Content(schema = @Schema(implementation = NoteResponse.class)))
    public Response write(@Valid @NotNull NoteRequest request, UriInfo uri) {
        Note note = notes.write(request.customerId(), request.opportunityId(), request.text(), null, null,
                identity.getPrincipal().getName());
        return Response.created(uri.getAbsolutePathBuilder().queryParam("customerId", note.customerId).build())
                .entity(NoteResponse.of(note)).build();
    }

    @GET
    @RolesAllowed({Roles.SALES, Roles.ACCOUNTING, Roles.ADMIN})
    @Operation(summary = "Notes of a customer or an opportunity", description = "Newest first. A customer's notes include those on its opportunities.")
    @APIResponse(responseCode = "200", description = "One page of notes")
    public PageResponse<NoteResponse> list(@QueryParam("customerId") Long customerId,
            @QueryParam("opportunityId") Long opportunityId,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(200) int size) {
        Sort newestFirst = Sort.descending("writtenAt", "id");
        PanacheQuery<Note> query;
        if (opportunityId != null) {
            query = Note.find("opportunityId", newestFirst, opportunityId);
        } else if (customerId != null) {
            query = Note.find("customerId", newestFirst, customerId);
        } else {
            throw new InvalidInput("customerId", "customerId or opportunityId is required");
        }
        return new PageResponse<>(query.page(page, size).list().stream().map(NoteResponse::of).toList(), page, size,
                query.count());
    }
}
