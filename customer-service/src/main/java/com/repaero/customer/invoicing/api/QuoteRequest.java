package com.repaero.customer.invoicing.api;

import java.math.BigDecimal;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.repaero.customer.invoicing.domain.LineInput;
import com.repaero.customer.invoicing.domain.OperationCategory;
import com.repaero.customer.invoicing.domain.QuoteService;

/** A quote as the client drafts or replaces it. */
public record QuoteRequest(
        @NotNull @Positive Long customerId,
        @Schema(description = "GOODS, SERVICES or MIXED; inferred from the part numbers when absent") OperationCategory operationCategory,
        @Schema(examples = "5", description = "Document discount in percent") @DecimalMin("0") @DecimalMax("100") @Digits(integer = 3, fraction = 2) BigDecimal discountPercent,
        @Size(max = 2000) String notes,
        @NotNull @Size(min = 1, max = 200) List<@NotNull @Valid LineRequest> lines) {

    QuoteService.QuoteData data() {
        return new QuoteService.QuoteData(customerId, operationCategory, discountPercent, notes);
    }

    List<LineInput> inputs() {
        return lines.stream().map(LineRequest::toInput).toList();
    }
}
