package com.repaero.supplier.supplier.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.repaero.platform.validation.ValidIban;
import com.repaero.supplier.supplier.domain.SupplierDetails;

/** A bank account of a supplier, in requests and responses. */
@Schema(name = "BankAccount", description = "Exactly one account is the default when there are any")
public record BankAccountData(
        @Schema(examples = "FR76 3000 6000 0112 3456 7890 189", description = "Spaces allowed; stored without") @NotBlank @Size(max = 42) @ValidIban String iban,
        @Schema(examples = "AGRIFRPP", description = "8 or 11 characters") @Pattern(regexp = "[A-Z]{4}[A-Z]{2}[A-Z0-9]{2}([A-Z0-9]{3})?", message = "{repaero.bic.invalid}") String bic,
        @Schema(examples = "AERO PIECES SAS") @NotBlank @Size(max = 200) String holder,
        @Schema(examples = "true") boolean defaultAccount) {

    SupplierDetails.BankAccount toDetails() {
        return new SupplierDetails.BankAccount(iban, bic, holder.strip(), defaultAccount);
    }

    static BankAccountData of(SupplierDetails.BankAccount b) {
        return new BankAccountData(b.iban(), b.bic(), b.holder(), b.preferred());
    }
}
