package com.repaero.customer.invoicing.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.repaero.customer.invoicing.domain.DunningService;
import com.repaero.customer.invoicing.domain.InvoicingClock;
import com.repaero.platform.security.Roles;

/** Runs the dunning now, as the daily job does (for an accountant who does not want to wait for tomorrow). */
@Path("/dunning")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Invoices")
public class DunningResource {

    private final DunningService dunning;
    private final InvoicingClock clock;

    public DunningResource(DunningService dunning, InvoicingClock clock) {
        this.dunning = dunning;
        this.clock = clock;
    }

    /** How many reminders the run sent. */
    public record RunResponse(int remindersSent) {
    }

    @POST
    @Path("run")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed({Roles.ACCOUNTING, Roles.ADMIN})
    @Operation(summary = "Send the payment reminders due today", description = "One email per invoice at the latest "
            + "dunning step it reached, never twice for the same step.")
    public RunResponse run() {
        return new RunResponse(dunning.run(clock.today()));
    }
}
