package com.repaero.supplier.purchasing.bill.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Body of a supplier invoice entered by accounting. */
@Schema(name = "BillRequest")
public record BillRequest(
        @Schema(examples = "1204") @NotNull @Positive Long orderId,
        @Schema(examples = "FA-2026-00318", description = "The supplier's own number; unique per supplier") @NotBlank @Size(max = 50) @Pattern(regexp = "(?s).*[\\p{L}\\p{N}].*", message = "{repaero.invoice-number.invalid}") String invoiceNumber,
        @NotNull @PastOrPresent LocalDate invoiceDate,
        @Schema(description = "Payment due date; when absent, computed from the supplier's payment terms") LocalDate dueDate,
        @Schema(examples = "500.20") @NotNull @DecimalMin("0") @Digits(integer = 15, fraction = 2) BigDecimal vatAmount,
        @NotEmpty @Size(max = 200) List<@Valid @NotNull BillLineRequest> lines) {
}
