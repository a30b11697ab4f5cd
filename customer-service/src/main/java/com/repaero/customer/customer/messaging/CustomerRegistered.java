package com.repaero.customer.customer.messaging;

import java.time.Instant;

/**
 * Event: a new customer entered the customer master, by hand, from a public booking or from the Access import
 * (schema: docs/events/customer/CustomerRegistered.schema.json).
 */
public record CustomerRegistered(
        long customerId,
        String legalName,
        String siren,
        String vatNumber,
        String country,
        String email,
        String legacyKey,
        String registeredBy,
        Instant registeredAt) {
}
