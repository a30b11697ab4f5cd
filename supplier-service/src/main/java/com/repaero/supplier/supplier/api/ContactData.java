package com.repaero.supplier.supplier.api;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.repaero.supplier.supplier.domain.SupplierDetails;

/** A contact person at a supplier, in requests and responses. */
@Schema(name = "Contact")
public record ContactData(
        @Schema(examples = "Claire Martin") @NotBlank @Size(max = 200) String name,
        @Schema(examples = "Responsable ADV") @Size(max = 100) String role,
        @Schema(examples = "c.martin@aeropieces.fr") @Email @Size(max = 254) String email,
        @Schema(examples = "+33561000000", description = "E.164") @Pattern(regexp = "\\+[1-9]\\d{1,14}", message = "{repaero.phone.invalid}") String phone) {

    SupplierDetails.Contact toDetails() {
        return new SupplierDetails.Contact(name.strip(), role == null ? null : role.strip(), email, phone);
    }

    static ContactData of(SupplierDetails.Contact c) {
        return new ContactData(c.name(), c.role(), c.email(), c.phone());
    }
}
