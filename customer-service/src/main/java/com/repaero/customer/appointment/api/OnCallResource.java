package com.repaero.customer.appointment.api;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.repaero.customer.appointment.domain.OnCallService;
import com.repaero.platform.security.Roles;

/** The on-call roster for urgent AOG bookings (until resource-service, phase 5): the first one is paged first. */
@Path("/on-call")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Appointments")
public class OnCallResource {

    private final OnCallService onCall;

    public OnCallResource(OnCallService onCall) {
        this.onCall = onCall;
    }

    @GET
    @RolesAllowed({Roles.TEAM_LEAD, Roles.ADMIN, Roles.TECHNICIAN, Roles.SALES})
    @Operation(summary = "Read the on-call roster, in paging order")
    public List<OnCallContactData> roster() {
        return onCall.roster().stream().map(c -> new OnCallContactData(c.name, c.phone)).toList();
    }

    @PUT
    @RolesAllowed({Roles.TEAM_LEAD, Roles.ADMIN})
    @Operation(summary = "Replace the on-call roster (paging order = list order)")
    public List<OnCallContactData> replace(@NotNull @Size(max = 20) List<@Valid @NotNull OnCallContactData> contacts) {
        return onCall.replaceRoster(contacts.stream().map(c -> new OnCallService.Contact(c.name(), c.phone())).toList())
                .stream().map(c -> new OnCallContactData(c.name, c.phone)).toList();
    }
}
