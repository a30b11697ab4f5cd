package com.repaero.supplier.supplier.api;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Body of a supplier registration. */
@Schema(name = "SupplierRequest", description = "A supplier to register")
public record SupplierRequest(
        @Schema(examples = "Aéro Pièces SAS") @NotBlank @Size(max = 200) String legalName,
        @Schema(examples = "732829320", description = "SIREN, 9 digits with a Luhn key") @NotBlank @Siren String siren,
        @Schema(examples = "FR44732829320") @FrenchVatNumber String vatNumber,
        @Schema(examples = "achats@aeropieces.fr") @Email @Size(max = 254) String email) {
}
