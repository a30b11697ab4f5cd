package com.repaero.customer.crm.api;

import java.time.Instant;

import com.repaero.customer.crm.domain.OpportunityStageChange;

/** One line of an opportunity's stage history; {@code fromStageId} is null for its creation. */
public record StageChangeResponse(Long fromStageId, String fromStageName, long toStageId, String toStageName,
        Instant changedAt, String changedBy) {

    static StageChangeResponse of(OpportunityStageChange c) {
        return new StageChangeResponse(c.fromStage == null ? null : c.fromStage.id,
                c.fromStage == null ? null : c.fromStage.name, c.toStage.id, c.toStage.name, c.changedAt,
                c.changedBy);
    }
}
