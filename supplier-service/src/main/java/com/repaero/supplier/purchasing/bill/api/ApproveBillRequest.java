package com.repaero.supplier.purchasing.bill.api;

import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Optional body of "approve": an admin's reason for approving a bill with discrepancies. */
@Schema(name = "ApproveBillRequest")
public record ApproveBillRequest(
        @Schema(examples = "Price increase agreed by phone with the supplier on 20/11") @Size(max = 1000) String reason) {
}
