package com.repaero.supplier.purchasing.receipt.api;

import java.time.Instant;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Body of a goods receipt against a purchase order. */
@Schema(name = "ReceiptRequest")
public record ReceiptRequest(
        @Schema(examples = "BL-558812") @Size(max = 100) String deliveryNote,
        @Schema(description = "When the goods arrived; now when omitted") @PastOrPresent Instant receivedAt,
        @NotEmpty @Size(max = 200) List<@Valid @NotNull ReceiptLineRequest> lines) {
}
