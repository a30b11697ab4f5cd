package com.repaero.supplier.purchasing.bill.api;

import java.math.BigDecimal;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.repaero.supplier.purchasing.bill.domain.VendorBillService;

/** One line of a supplier invoice. */
@Schema(name = "BillLineRequest")
public record BillLineRequest(
        @Schema(description = "The order line billed; omit for a charge that was not ordered (freight...)", examples = "2071") @Positive Long orderLineId,
        @Schema(examples = "Freight") @Size(max = 500) String description,
        @Schema(examples = "2") @NotNull @Positive @Digits(integer = 12, fraction = 3) BigDecimal quantity,
        @Schema(examples = "1250.50", description = "EUR excluding VAT") @NotNull @DecimalMin("0") @Digits(integer = 15, fraction = 4) BigDecimal unitPrice) {

    VendorBillService.LineData toData() {
        return new VendorBillService.LineData(orderLineId, description, quantity, unitPrice);
    }
}
