package com.repaero.customer.customer.domain;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/** The customer directory over the customer master: archived customers are still found (their invoices live on). */
@ApplicationScoped
public class CustomerCards implements CustomerDirectory {

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<CustomerCard> find(long customerId) {
        return Customer.<Customer>findByIdOptional(customerId).map(Customer::card);
    }
}
