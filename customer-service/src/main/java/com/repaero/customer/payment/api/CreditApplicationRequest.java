package com.repaero.customer.payment.api;

import java.math.BigDecimal;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Which invoice a credit pays, and how much of it (none: all it can, up to what the invoice owes). */
public record CreditApplicationRequest(@Schema(examples = "123") @NotNull @Positive Long invoiceId,
        @Schema(examples = "150.00") @DecimalMin(value = "0.01") @Digits(integer = 17, fraction = 2) BigDecimal amount) {
}
