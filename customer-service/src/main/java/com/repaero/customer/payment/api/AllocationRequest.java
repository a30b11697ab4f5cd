package com.repaero.customer.payment.api;

import java.math.BigDecimal;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.repaero.customer.payment.domain.PaymentService;

/** How a person spreads an unmatched line over invoices; what is left becomes the customer's credit. */
public record AllocationRequest(@NotNull @Size(min = 1, max = 50) List<@NotNull @Valid Item> allocations) {

    /** Money given to one invoice. */
    @Schema(name = "PaymentAllocationItem")
    public record Item(@NotNull @Positive Long invoiceId,
            @Schema(examples = "600.00") @NotNull @DecimalMin(value = "0.01") @Digits(integer = 17, fraction = 2) BigDecimal amount) {
    }

    List<PaymentService.ManualAllocation> toDomain() {
        return allocations.stream().map(a -> new PaymentService.ManualAllocation(a.invoiceId(), a.amount())).toList();
    }
}
