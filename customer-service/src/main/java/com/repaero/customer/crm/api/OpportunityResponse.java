package com.repaero.customer.crm.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.repaero.customer.crm.domain.Opportunity;
import com.repaero.customer.crm.domain.OpportunitySearch;
import com.repaero.customer.crm.domain.OpportunitySource;

/** An opportunity as the API shows it. */
@Schema(name = "OpportunityResponse")
public record OpportunityResponse(
        @Schema(examples = "7") long id,
        @Schema(examples = "42") long customerId,
        @Schema(examples = "Avia Sud Maintenance SAS") String customerName,
        @Schema(examples = "Révision hélice HC-C2YK — F-GXYZ") String title,
        String description,
        @Schema(examples = "4850.00") BigDecimal amount,
        @Schema(examples = "2026-12-15") LocalDate expectedCloseDate,
        @Schema(examples = "sales") String owner,
        @Schema(examples = "2") long stageId,
        @Schema(examples = "Qualifié") String stageName,
        @Schema(examples = "OPEN") OpportunitySearch.Status status,
        Instant stageChangedAt,
        Instant closedAt,
        boolean urgent,
        @Schema(examples = "BOOKING") OpportunitySource source,
        @Schema(examples = "Julien Moreau") String contactName,
        @Schema(examples = "RDV-7F3K2", description = "The public booking it came from") String bookingReference,
        @Schema(description = "Also the ETag") int version,
        Instant createdAt,
        String createdBy,
        Instant updatedAt,
        String updatedBy) {

    static OpportunityResponse of(Opportunity o) {
        return new OpportunityResponse(o.id, o.customer.id, o.customer.legalName, o.title, o.description, o.amount,
                o.expectedCloseDate, o.owner, o.stage.id, o.stage.name, status(o), o.stageChangedAt, o.closedAt,
                o.urgent, o.source, o.contactName, o.bookingReference, o.version, o.createdAt, o.createdBy,
                o.updatedAt, o.updatedBy);
    }

    static OpportunitySearch.Status status(Opportunity o) {
        return o.stage.won
                ? OpportunitySearch.Status.WON
                : o.stage.lost ? OpportunitySearch.Status.LOST : OpportunitySearch.Status.OPEN;
    }
}
