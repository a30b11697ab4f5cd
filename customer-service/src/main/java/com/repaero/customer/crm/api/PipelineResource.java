package com.repaero.customer.crm.api;

import java.time.Instant;

import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.repaero.customer.crm.domain.PipelineView;
import com.repaero.platform.security.Roles;

/** The pipeline board: opportunities grouped by stage, with totals. */
@Path("/crm/pipeline")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "CRM")
public class PipelineResource {

    private final PipelineView view;

    public PipelineResource(PipelineView view) {
        this.view = view;
    }

    @GET
    @RolesAllowed({Roles.SALES, Roles.ACCOUNTING, Roles.ADMIN})
    @Operation(summary = "The pipeline board", description = "Every stage in order with its count, total and weighted total (amount × probability) and its "
            + "first cards (urgent first, then by expected close date). Won and lost columns count deals closed "
            + "within closedWithinDays.")
    @APIResponse(responseCode = "200", description = "The board")
    @Transactional
    public PipelineResponse board(
            @Parameter(description = "Only this salesperson's opportunities", example = "sales") @QueryParam("owner") @Size(max = 100) String owner,
            @QueryParam("customerId") Long customerId,
            @QueryParam("urgent") Boolean urgent,
            @Parameter(description = "Won/lost deals closed within this many days", example = "90") @QueryParam("closedWithinDays") @DefaultValue("90") @Min(0) @Max(3660) int closedWithinDays,
            @Parameter(description = "Cards per column", example = "50") @QueryParam("perStage") @DefaultValue("50") @Min(0) @Max(200) int perStage) {
        return PipelineResponse.of(view.columns(
                new PipelineView.Filter(owner, customerId, urgent, closedWithinDays, perStage), Instant.now()));
    }
}
