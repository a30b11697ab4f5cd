package com.repaero.customer.crm.api;

import java.time.OffsetDateTime;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.repaero.customer.crm.domain.ActivityService;
import com.repaero.customer.crm.domain.ActivityType;

/** Body of an activity creation, and of an update (which replaces every field). */
@Schema(name = "ActivityRequest", description = "About a customer, an opportunity (whose customer it takes), or both")
@SubjectRequired
public record ActivityRequest(
        @Schema(examples = "CALL") @NotNull ActivityType type,
        @Schema(examples = "Rappeler pour le devis hélice") @NotBlank @Size(max = 200) String subject,
        @Schema(examples = "Demander le numéro de série") @Size(max = 4000) String details,
        @Schema(examples = "2026-12-01T10:30:00+01:00", description = "With its offset; shown in Europe/Paris") OffsetDateTime dueAt,
        @Schema(examples = "sales", description = "User name who must do it; the caller when absent on creation") @Size(max = 100) String owner,
        boolean done,
        @Schema(examples = "42") Long customerId,
        @Schema(examples = "7") Long opportunityId) implements SubjectRequired.Linked {

    ActivityService.ActivityDetails toDetails(String defaultOwner) {
        return new ActivityService.ActivityDetails(type, subject, details == null || details.isBlank() ? null : details,
                dueAt == null ? null : dueAt.toInstant(),
                owner == null || owner.isBlank() ? defaultOwner : owner.strip(), done, customerId, opportunityId);
    }
}
