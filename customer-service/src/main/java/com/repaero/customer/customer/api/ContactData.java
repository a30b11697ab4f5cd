package com.repaero.customer.customer.api;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.repaero.customer.customer.domain.CustomerDetails;

/** A contact person at a customer, in requests and responses. */
@Schema(name = "CustomerContact")
public record ContactData(
        @Schema(examples = "Julien Moreau") @NotBlank @Size(max = 200) String name,
        @Schema(examples = "Responsable maintenance") @Size(max = 100) String role,
        @Schema(examples = "j.moreau@aviasud.fr") @Email @Size(max = 254) String email,
        @Schema(examples = "+33561000000", description = "E.164") @Pattern(regexp = "\\+[1-9]\\d{1,14}", message = "{repaero.phone.invalid}") String phone,
        @Schema(examples = "+33612345678", description = "E.164") @Pattern(regexp = "\\+[1-9]\\d{1,14}", message = "{repaero.phone.invalid}") String mobile,
        @Schema(examples = "C-0042", description = "Key of the contact in the MS Access database, set by the import: send it back as read") @Size(max = 50) String legacyKey) {

    public CustomerDetails.Contact toDetails() {
        return new CustomerDetails.Contact(name.strip(), blankToNull(role), blankToNull(email), phone, mobile,
                blankToNull(legacyKey));
    }

    static ContactData of(CustomerDetails.Contact c) {
        return new ContactData(c.name(), c.role(), c.email(), c.phone(), c.mobile(), c.legacyKey());
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
