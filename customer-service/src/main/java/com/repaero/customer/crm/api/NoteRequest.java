package com.repaero.customer.crm.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A note on a customer or on an opportunity. */
@Schema(name = "NoteRequest", description = "About a customer, an opportunity (whose customer it takes), or both")
@SubjectRequired
public record NoteRequest(
        @Schema(examples = "42") Long customerId,
        @Schema(examples = "7") Long opportunityId,
        @Schema(examples = "Client satisfait du délai, prévoit 2 autres hélices en mars") @NotBlank @Size(max = 4000) String text)
        implements
            SubjectRequired.Linked {
}
