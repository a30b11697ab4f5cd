package com.repaero.customer.crm.api;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.repaero.customer.crm.domain.OpportunityService;
import com.repaero.customer.crm.domain.OpportunitySource;

/** Body of an opportunity creation, and of an update (which replaces every field). */
@Schema(name = "OpportunityRequest")
public record OpportunityRequest(
        @Schema(examples = "42") @NotNull Long customerId,
        @Schema(examples = "Révision hélice HC-C2YK — F-GXYZ") @NotBlank @Size(max = 200) String title,
        @Schema(examples = "Hélice déposée, à reprendre avant le 15/12") @Size(max = 4000) String description,
        @Schema(examples = "4850.00", description = "Expected revenue in euros, excluding VAT") @DecimalMin("0.00") @Digits(integer = 10, fraction = 2) BigDecimal amount,
        @Schema(examples = "2026-12-15") LocalDate expectedCloseDate,
        @Schema(examples = "sales", description = "User name in charge; the caller when absent on creation") @Size(max = 100) String owner,
        @Schema(examples = "2", description = "Creation: the first open stage when absent. Update: moves it (with history) when different") Long stageId,
        @Schema(description = "Urgent, e.g. aircraft on ground (AOG)") boolean urgent,
        @Schema(examples = "PHONE", description = "MANUAL when absent") OpportunitySource source,
        @Schema(examples = "Julien Moreau") @Size(max = 200) String contactName) {

    OpportunityService.OpportunityDetails toDetails(String defaultOwner) {
        return new OpportunityService.OpportunityDetails(customerId, title, blankToNull(description), amount,
                expectedCloseDate, blankToNull(owner) == null ? defaultOwner : owner.strip(), urgent, source,
                blankToNull(contactName));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
