package com.repaero.supplier.purchasing.receipt.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.repaero.supplier.purchasing.receipt.domain.CertificateType;
import com.repaero.supplier.purchasing.receipt.domain.GoodsReceiptService;
import com.repaero.supplier.purchasing.receipt.domain.InspectionResult;

/** What arrived of one order line, and the outcome of its incoming inspection. */
@Schema(name = "ReceiptLineRequest")
@ConsistentReceiptLine
public record ReceiptLineRequest(
        @Schema(examples = "2071") @NotNull @Positive Long orderLineId,
        @Schema(examples = "2") @NotNull @Positive @Digits(integer = 12, fraction = 3) BigDecimal quantity,
        @Schema(examples = "ACCEPTED") @NotNull InspectionResult inspectionResult,
        @Schema(description = "Mandatory when QUARANTINED", examples = "Certificat illisible, en attente du fournisseur") @Size(max = 1000) String quarantineReason,
        @Schema(examples = "EASA_FORM_1") @NotNull CertificateType certificateType,
        @Schema(examples = "F1-2026-118734", description = "Form tracking number; mandatory unless NONE") @Size(max = 100) String certificateReference,
        @Schema(description = "One per unit for serialised parts", examples = "[\"674A36458\", \"674A36459\"]") @Size(max = 1000) List<@NotBlank @Size(max = 60) String> serialNumbers,
        @Schema(examples = "LOT-24-0913") @Size(max = 60) String lotNumber,
        @Schema(examples = "2027-06-30", description = "End of shelf life, for parts that have one") LocalDate expiryDate) {

    GoodsReceiptService.LineData toData() {
        return new GoodsReceiptService.LineData(orderLineId, quantity, inspectionResult, quarantineReason,
                certificateType, certificateReference, serialNumbers == null ? List.of() : serialNumbers, lotNumber,
                expiryDate);
    }
}
