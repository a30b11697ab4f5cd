package com.repaero.customer.appointment.api;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.repaero.customer.appointment.domain.AogAlertStatus;
import com.repaero.customer.appointment.domain.OnCallService;
import com.repaero.platform.problem.ProblemException;
import com.repaero.platform.security.Roles;

import io.quarkus.security.identity.SecurityIdentity;

/** AOG pages: the on-call technician or a team lead takes one, which stops the escalation. */
@Path("/aog-alerts")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Appointments")
public class AogAlertResource {

    private final OnCallService onCall;
    private final SecurityIdentity identity;

    public AogAlertResource(OnCallService onCall, SecurityIdentity identity) {
        this.onCall = onCall;
        this.identity = identity;
    }

    @GET
    @RolesAllowed({Roles.TECHNICIAN, Roles.TEAM_LEAD, Roles.ADMIN, Roles.SALES})
    @Operation(summary = "List AOG alerts, newest first (optionally by status)")
    public List<AogAlertResponse> list(@QueryParam("status") String status) {
        AogAlertStatus wanted = null;
        if (status != null && !status.isBlank()) {
            try {
                wanted = AogAlertStatus.valueOf(status.trim());
            } catch (IllegalArgumentException e) {
                throw new ProblemException.InvalidInput("status", "must be one of OPEN, ACKNOWLEDGED, UNANSWERED,"
                        + " CANCELLED");
            }
        }
        return onCall.alerts(wanted).stream().map(AogAlertResponse::of).toList();
    }

    @POST
    @Path("/{id}/acknowledgement")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed({Roles.TECHNICIAN, Roles.TEAM_LEAD, Roles.ADMIN})
    @Operation(summary = "Take an AOG alert: stops paging the next on-call contact")
    public AogAlertResponse acknowledge(@PathParam("id") long id) {
        return AogAlertResponse.of(onCall.acknowledge(id, identity.getPrincipal().getName()));
    }
}
