package com.repaero.supplier.shipment.api;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Who receives the parcel; lengths are Colissimo's label field limits. */
@Schema(name = "ShipmentAddressee")
@ZipCodeOfCountry
public record AddresseeRequest(
        @Schema(examples = "Aéro Pièces SAS") @Size(max = 35) String companyName,
        @Schema(examples = "Martin") @NotBlank @Size(max = 35) String lastName,
        @Schema(examples = "Claire") @NotBlank @Size(max = 29) String firstName,
        @Schema(examples = "12 rue des Hangars", description = "Street line") @NotBlank @Size(max = 35) String line2,
        @Schema(examples = "Toulouse") @NotBlank @Size(max = 35) String city,
        @Schema(examples = "31700", description = "5 digits in France") @NotBlank @Size(max = 10) String zipCode,
        @Schema(examples = "FR", description = "ISO 3166-1 alpha-2") @NotBlank @Pattern(regexp = "[A-Z]{2}", message = "{repaero.country-code.invalid}") String countryCode,
        @Schema(examples = "atelier@aeropieces.fr") @Email @Size(max = 80) String email,
        @Schema(examples = "+33612345678") @Size(max = 20) @Pattern(regexp = "\\+?[0-9 .]{6,19}", message = "{repaero.mobile.invalid}") String mobileNumber) {
}
