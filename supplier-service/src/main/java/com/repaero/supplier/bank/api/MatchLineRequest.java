package com.repaero.supplier.bank.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The bill whose transfer an unmatched statement line settles. */
public record MatchLineRequest(@Schema(examples = "317") @NotNull @Positive Long billId) {
}
