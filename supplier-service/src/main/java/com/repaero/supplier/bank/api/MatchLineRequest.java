package com.repaero.supplier.bank.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

/** The bill whose transfer an unmatched statement line settles. */
public record MatchLineRequest(@NotNull @Positive Long billId) {
}
