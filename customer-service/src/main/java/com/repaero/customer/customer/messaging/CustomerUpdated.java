package com.repaero.customer.customer.messaging;

import java.time.Instant;
import java.util.List;

/**
 * Event: the master data of a customer changed, or it was archived or restored (schema:
 * docs/events/customer/CustomerUpdated.schema.json). Carries the new identity fields and the names of what changed.
 */
public record CustomerUpdated(
        long customerId,
        int version,
        String legalName,
        String siren,
        String siret,
        String vatNumber,
        String country,
        String email,
        String paymentTerms,
        boolean archived,
        List<String> changedFields,
        String updatedBy,
        Instant updatedAt) {
}
