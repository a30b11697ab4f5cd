package com.repaero.customer.appointment.api;

import java.net.URI;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.repaero.customer.appointment.domain.BookingConfig;
import com.repaero.customer.appointment.domain.Technician;
import com.repaero.customer.appointment.domain.TechnicianAbsence;
import com.repaero.customer.appointment.domain.TechnicianService;
import com.repaero.platform.security.Roles;

import io.quarkus.security.identity.SecurityIdentity;

/**
 * Technicians' calendars for booking (working hours, absences), kept here until resource-service (phase 5): team
 * leads and admins keep them; sales read them.
 */
@Path("/technicians")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Appointments")
public class TechnicianResource {

    private final TechnicianService technicians;
    private final SecurityIdentity identity;
    private final BookingConfig config;

    public TechnicianResource(TechnicianService technicians, SecurityIdentity identity, BookingConfig config) {
        this.technicians = technicians;
        this.identity = identity;
        this.config = config;
    }

    @GET
    @RolesAllowed({Roles.TEAM_LEAD, Roles.ADMIN, Roles.SALES})
    @Operation(summary = "List technicians' calendars")
    public List<TechnicianResponse> list() {
        return technicians.all().stream().map(TechnicianResponse::of).toList();
    }

    @POST
    @RolesAllowed({Roles.TEAM_LEAD, Roles.ADMIN})
    @Operation(summary = "Add a technician's calendar")
    public Response create(@Valid @NotNull TechnicianRequest request) {
        Technician t = technicians.create(request.toData(), identity.getPrincipal().getName());
        return Response.created(URI.create("/api/customer/technicians/" + t.id)).entity(TechnicianResponse.of(t))
                .build();
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({Roles.TEAM_LEAD, Roles.ADMIN})
    @Operation(summary = "Replace a technician's calendar (working hours)")
    public TechnicianResponse update(@PathParam("id") long id, @Valid @NotNull TechnicianRequest request) {
        technicians.update(id, request.toData(), identity.getPrincipal().getName());
        return TechnicianResponse.of(technicians.byId(id));
    }

    @GET
    @Path("/{id}/absences")
    @RolesAllowed({Roles.TEAM_LEAD, Roles.ADMIN, Roles.SALES})
    @Operation(summary = "List a technician's absences")
    public List<AbsenceResponse> absences(@PathParam("id") long id) {
        return technicians.absences(id).stream().map(a -> AbsenceResponse.of(a, config.zone())).toList();
    }

    @POST
    @Path("/{id}/absences")
    @RolesAllowed({Roles.TEAM_LEAD, Roles.ADMIN})
    @Operation(summary = "Record a technician's absence")
    public Response addAbsence(@PathParam("id") long id, @Valid @NotNull AbsenceRequest request) {
        TechnicianAbsence a = technicians.addAbsence(id, request.start().toInstant(), request.end().toInstant(),
                request.reason());
        return Response.created(URI.create("/api/customer/technicians/" + id + "/absences/" + a.id))
                .entity(AbsenceResponse.of(a, config.zone())).build();
    }

    @DELETE
    @Path("/{id}/absences/{absenceId}")
    @RolesAllowed({Roles.TEAM_LEAD, Roles.ADMIN})
    @Operation(summary = "Remove a technician's absence")
    public Response removeAbsence(@PathParam("id") long id, @PathParam("absenceId") long absenceId) {
        technicians.removeAbsence(id, absenceId);
        return Response.noContent().build();
    }
}
