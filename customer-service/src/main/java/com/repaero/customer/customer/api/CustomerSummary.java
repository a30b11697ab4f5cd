package com.repaero.customer.customer.api;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.repaero.customer.customer.domain.Customer;

/** A customer as a list shows it (no contacts: one query per page). */
@Schema(name = "CustomerSummary")
public record CustomerSummary(
        @Schema(examples = "42") long id,
        @Schema(examples = "Avia Sud Maintenance SAS") String legalName,
        @Schema(examples = "732829320") String siren,
        @Schema(examples = "FR") String country,
        @Schema(examples = "Cugnaux") String city,
        @Schema(examples = "compta@aviasud.fr") String email,
        @Schema(examples = "+33561000000") String phone,
        boolean archived,
        int version,
        Instant updatedAt) {

    static CustomerSummary of(Customer c) {
        return new CustomerSummary(c.id, c.legalName, c.siren, c.country, c.billing == null ? null : c.billing.city,
                c.email, c.phone, c.archived, c.version, c.updatedAt);
    }
}
