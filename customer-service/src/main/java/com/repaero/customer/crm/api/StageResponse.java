package com.repaero.customer.crm.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.repaero.customer.crm.domain.PipelineStage;

/** A pipeline stage. */
@Schema(name = "StageResponse")
public record StageResponse(
        @Schema(examples = "3") long id,
        @Schema(examples = "Devis envoyé") String name,
        @Schema(examples = "30") int position,
        @Schema(examples = "50") int probability,
        boolean won,
        boolean lost,
        @Schema(description = "Also the ETag") int version) {

    static StageResponse of(PipelineStage s) {
        return new StageResponse(s.id, s.name, s.position, s.probability, s.won, s.lost, s.version);
    }
}
