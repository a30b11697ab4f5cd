package com.repaero.customer.appointment.api;

import java.net.URI;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
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

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.repaero.customer.appointment.domain.AppointmentType;
import com.repaero.customer.appointment.domain.AppointmentTypeService;
import com.repaero.platform.api.IfMatch;
import com.repaero.platform.security.Roles;

import io.quarkus.security.identity.SecurityIdentity;

/** Appointment types: sales and admin manage them; the workshop reads them. */
@Path("/appointment-types")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Appointments")
public class AppointmentTypeResource {

    private final AppointmentTypeService types;
    private final SecurityIdentity identity;

    public AppointmentTypeResource(AppointmentTypeService types, SecurityIdentity identity) {
        this.types = types;
        this.identity = identity;
    }

    @GET
    @RolesAllowed({Roles.SALES, Roles.ADMIN, Roles.TEAM_LEAD, Roles.TECHNICIAN})
    @Operation(summary = "List appointment types")
    public List<AppointmentTypeResponse> list() {
        return types.all().stream().map(AppointmentTypeResponse::of).toList();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.SALES, Roles.ADMIN, Roles.TEAM_LEAD, Roles.TECHNICIAN})
    @Operation(summary = "Read an appointment type (ETag = version)")
    public Response get(@PathParam("id") long id) {
        AppointmentType type = types.byId(id);
        return Response.ok(AppointmentTypeResponse.of(type)).tag(new EntityTag(Integer.toString(type.version)))
                .build();
    }

    @POST
    @RolesAllowed({Roles.SALES, Roles.ADMIN})
    @Operation(summary = "Create an appointment type")
    public Response create(@Valid @NotNull AppointmentTypeRequest request) {
        AppointmentType type = types.create(request.toData(), identity.getPrincipal().getName());
        return Response.created(URI.create("/api/customer/appointment-types/" + type.id))
                .tag(new EntityTag(Integer.toString(type.version))).entity(AppointmentTypeResponse.of(type)).build();
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({Roles.SALES, Roles.ADMIN})
    @Operation(summary = "Replace an appointment type's rules (If-Match required)")
    public Response update(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull AppointmentTypeRequest request) {
        int expected = IfMatch.version(ifMatch, "The appointment type");
        AppointmentType type = types.update(id, expected, request.toData(), identity.getPrincipal().getName());
        AppointmentType fresh = types.byId(type.id);
        return Response.ok(AppointmentTypeResponse.of(fresh)).tag(new EntityTag(Integer.toString(fresh.version)))
                .build();
    }
}
