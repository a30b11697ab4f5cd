package com.repaero.customer.crm.api;

import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Where to move an opportunity (a drag on the board). */
@Schema(name = "MoveRequest")
public record MoveRequest(@Schema(examples = "3") @NotNull Long stageId) {
}
