package com.repaero.customer.crm.api;

import java.time.Instant;
import java.time.OffsetDateTime;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.repaero.customer.crm.domain.Activity;
import com.repaero.customer.crm.domain.ActivityService;
import com.repaero.customer.crm.domain.ActivityType;

/** An activity as the API shows it; times in Europe/Paris. */
@Schema(name = "ActivityResponse")
public record ActivityResponse(
        @Schema(examples = "12") long id,
        @Schema(examples = "CALL") ActivityType type,
        @Schema(examples = "Rappeler pour le devis hélice") String subject,
        String details,
        @Schema(examples = "2026-12-01T10:30:00+01:00") OffsetDateTime dueAt,
        @Schema(examples = "sales") String owner,
        boolean done,
        OffsetDateTime doneAt,
        @Schema(description = "Closed without taking place (a cancelled booking); done is then true") boolean cancelled,
        @Schema(description = "The public booking whose meeting this is", examples = "RDV-7K2M9QXA") String bookingReference,
        @Schema(description = "Not done and due before now") boolean overdue,
        @Schema(examples = "42") Long customerId,
        @Schema(examples = "7") Long opportunityId,
        @Schema(description = "Key of the interaction in the MS Access history, when imported") String legacyKey,
        @Schema(description = "Also the ETag") int version,
        Instant createdAt,
        String createdBy,
        Instant updatedAt,
        String updatedBy) {

    static ActivityResponse of(Activity a, Instant now) {
        return new ActivityResponse(a.id, a.type, a.subject, a.details, paris(a.dueAt), a.owner, a.done,
                paris(a.doneAt), a.cancelled, a.bookingReference, a.isOverdue(now), a.customerId, a.opportunityId,
                a.legacyKey, a.version,
                a.createdAt, a.createdBy, a.updatedAt, a.updatedBy);
    }

    private static OffsetDateTime paris(Instant instant) {
        return instant == null ? null : instant.atZone(ActivityService.ZONE).toOffsetDateTime();
    }
}
