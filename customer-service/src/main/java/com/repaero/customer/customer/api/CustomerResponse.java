package com.repaero.customer.customer.api;

import java.time.Instant;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.repaero.customer.customer.domain.Customer;
import com.repaero.customer.customer.domain.CustomerDetails;
import com.repaero.customer.customer.domain.PaymentTerms;

/** A customer as the API shows it. */
@Schema(name = "CustomerResponse")
public record CustomerResponse(
        @Schema(examples = "42") long id,
        @Schema(examples = "Avia Sud Maintenance SAS") String legalName,
        @Schema(examples = "732829320") String siren,
        @Schema(examples = "73282932000074") String siret,
        @Schema(examples = "FR44732829320") String vatNumber,
        @Schema(examples = "FR") String country,
        AddressData billingAddress,
        AddressData deliveryAddress,
        @Schema(examples = "compta@aviasud.fr") String email,
        @Schema(examples = "+33561000000") String phone,
        @Schema(examples = "DAYS_30_END_OF_MONTH") PaymentTerms paymentTerms,
        String notes,
        List<ContactData> contacts,
        @Schema(examples = "1042", description = "Key in the MS Access database (NumClient), when imported") String legacyKey,
        @Schema(description = "Archived customers leave the lists but stay readable") boolean archived,
        @Schema(examples = "3", description = "Also the ETag") int version,
        Instant createdAt,
        String createdBy,
        Instant updatedAt,
        String updatedBy) {

    static CustomerResponse of(Customer c) {
        CustomerDetails d = c.details();
        return new CustomerResponse(c.id, c.legalName, c.siren, c.siret, c.vatNumber, c.country,
                AddressData.of(d.billingAddress()), AddressData.of(d.deliveryAddress()), c.email, c.phone,
                c.paymentTerms, c.notes, d.contacts().stream().map(ContactData::of).toList(), c.legacyKey, c.archived,
                c.version, c.createdAt, c.createdBy, c.updatedAt, c.updatedBy);
    }
}
