package com.repaero.customer.customer.domain;

import java.util.Optional;

/**
 * What the other parts of the service (invoicing, appointments) may know of a customer, without depending on how the
 * customer master stores it: invoicing copies the card onto the invoice it issues (an issued invoice never changes
 * when the customer does).
 */
public interface CustomerDirectory {

    /** The customer's card, if the customer exists. */
    Optional<CustomerCard> find(long customerId);
}
