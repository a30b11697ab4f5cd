package com.repaero.supplier.bank.api;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.FutureOrPresent;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Body of a payment batch: the approved bills to pay and the day the bank should execute the transfers. */
@Schema(name = "PaymentBatchRequest")
public record PaymentBatchRequest(
        @Schema(description = "Ids of APPROVED vendor bills, each paid in full", examples = "[317, 318]") @NotEmpty @Size(max = 500) List<@NotNull @Positive Long> billIds,
        @Schema(examples = "2026-12-01") @NotNull @FutureOrPresent LocalDate requestedExecutionDate) {
}
