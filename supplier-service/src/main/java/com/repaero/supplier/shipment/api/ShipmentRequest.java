package com.repaero.supplier.shipment.api;

import java.math.BigDecimal;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.repaero.supplier.shipment.domain.LabelFormat;
import com.repaero.supplier.shipment.domain.ProductCode;

/** Body of a shipment creation: the parcel, its addressee and our reference. The sender is always Rep'Aero. */
@Schema(name = "ShipmentRequest", description = "A parcel to send with Colissimo")
public record ShipmentRequest(
        @NotNull @Valid AddresseeRequest addressee,
        @Schema(examples = "2.5", description = "Kilograms, at most 30") @NotNull @DecimalMin(value = "0", inclusive = false) @DecimalMax("30") @Digits(integer = 2, fraction = 3) BigDecimal weightKg,
        @Schema(examples = "1500.00", description = "Euros; none = no ad valorem insurance") @DecimalMin("0") @DecimalMax("100000") @Digits(integer = 6, fraction = 2) BigDecimal insuranceValue,
        @Schema(examples = "DOS") @NotNull ProductCode productCode,
        @Schema(description = "Label file format; the configured default when absent", examples = "PDF_10x15_300dpi") LabelFormat labelFormat,
        @Schema(examples = "PO-2026-0042", description = "Purchase order number or free text") @Size(max = 30) String reference,
        @Schema(description = "The supplier the parcel goes to, if any", examples = "42") @Positive Long supplierId) {
}
