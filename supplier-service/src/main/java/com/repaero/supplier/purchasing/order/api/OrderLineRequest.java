package com.repaero.supplier.purchasing.order.api;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.repaero.supplier.purchasing.order.domain.PurchaseOrderLine;
import com.repaero.supplier.purchasing.order.domain.UnitOfMeasure;

/** One line of a purchase order as the client sends it. */
@Schema(name = "OrderLineRequest")
public record OrderLineRequest(
        @Schema(examples = "D23189000-5") @NotBlank @Size(max = 60) String partNumber,
        @Schema(examples = "Brake assembly") @NotBlank @Size(max = 500) String description,
        @Schema(examples = "2", description = "Positive, up to 3 decimals") @NotNull @Positive @Digits(integer = 12, fraction = 3) BigDecimal quantity,
        @Schema(examples = "EA") @NotNull UnitOfMeasure unit,
        @Schema(examples = "1250.50", description = "EUR excluding VAT, up to 4 decimals") @NotNull @DecimalMin("0") @Digits(integer = 15, fraction = 4) BigDecimal unitPrice,
        @Schema(examples = "2026-12-15") LocalDate expectedDate) {

    PurchaseOrderLine.LineData toData() {
        return new PurchaseOrderLine.LineData(partNumber, description, quantity, unit, unitPrice, expectedDate);
    }
}
