package com.repaero.supplier.purchasing.order.api;

import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Optional body of "send": an admin's reason for sending to a supplier that is not approved. */
@Schema(name = "SendOrderRequest")
public record SendOrderRequest(
        @Schema(examples = "AOG: only source of this part, evaluation scheduled") @Size(max = 1000) String overrideReason) {
}
