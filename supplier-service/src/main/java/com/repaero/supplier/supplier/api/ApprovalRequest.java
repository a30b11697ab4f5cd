package com.repaero.supplier.supplier.api;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.repaero.supplier.supplier.domain.ApprovalStatus;

/** An approval decision on a supplier. */
@Schema(name = "ApprovalRequest", description = "APPROVED needs a scope and an expiry date after today")
public record ApprovalRequest(
        @Schema(examples = "APPROVED") @NotNull ApprovalStatus status,
        @Schema(examples = "Rotables ATA 32, EASA Form 1") @Size(max = 500) String scope,
        @Schema(examples = "2027-11-30") LocalDate approvedUntil,
        @Schema(examples = "Audit fournisseur du 12/11/2026 satisfaisant") @NotBlank @Size(max = 1000) String reason) {
}
