package com.repaero.customer.crm.api;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.repaero.customer.crm.domain.Opportunity;
import com.repaero.customer.crm.domain.OpportunitySource;

/** An opportunity as a list or a board card shows it. */
@Schema(name = "OpportunitySummary")
public record OpportunitySummary(
        @Schema(examples = "7") long id,
        @Schema(examples = "42") long customerId,
        @Schema(examples = "Avia Sud Maintenance SAS") String customerName,
        @Schema(examples = "Révision hélice HC-C2YK — F-GXYZ") String title,
        @Schema(examples = "4850.00") BigDecimal amount,
        @Schema(examples = "2026-12-15") LocalDate expectedCloseDate,
        @Schema(examples = "sales") String owner,
        @Schema(examples = "2") long stageId,
        boolean urgent,
        @Schema(examples = "BOOKING") OpportunitySource source,
        @Schema(description = "Also the ETag, for If-Match on a move") int version) {

    static OpportunitySummary of(Opportunity o) {
        return new OpportunitySummary(o.id, o.customer.id, o.customer.legalName, o.title, o.amount,
                o.expectedCloseDate, o.owner, o.stage.id, o.urgent, o.source, o.version);
    }
}
