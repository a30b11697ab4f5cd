package com.repaero.customer.invoicing.api;

import java.math.BigDecimal;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.repaero.customer.invoicing.domain.LineInput;

/** One line of a quote or invoice as the client sends it. */
@Schema(name = "InvoiceLineRequest")
public record LineRequest(
        @Schema(examples = "Révision démarreur-génératrice") @NotBlank @Size(max = 500) String description,
        @Schema(examples = "23032-005", description = "Optional part number") @Size(max = 60) String partNumber,
        @Schema(examples = "2", description = "Positive, up to 3 decimals") @NotNull @Positive @Digits(integer = 12, fraction = 3) BigDecimal quantity,
        @Schema(examples = "1250.50", description = "EUR excluding VAT, up to 4 decimals") @NotNull @DecimalMin("0") @Digits(integer = 15, fraction = 4) BigDecimal unitPrice,
        @Schema(examples = "20", description = "20, 10, 5.5, 2.1 or 0") @NotNull @FrenchVatRate BigDecimal vatRate,
        @Schema(examples = "Exonération de TVA, article 262 ter I du CGI", description = "Mandatory at 0 %") @Size(max = 300) String vatExemptionReason,
        @Schema(examples = "10", description = "Line discount in percent") @DecimalMin("0") @DecimalMax("100") @Digits(integer = 3, fraction = 2) BigDecimal discountPercent) {

    LineInput toInput() {
        return new LineInput(description, partNumber, quantity, unitPrice, vatRate, vatExemptionReason,
                discountPercent);
    }
}
