package com.repaero.customer.invoicing;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.inject.Singleton;

import com.repaero.customer.customer.domain.CustomerCard;
import com.repaero.customer.customer.domain.CustomerDirectory;

// Replaced by the real bean at merge
/** The customer master as invoicing sees it, in memory, until the CRM part's bean is merged in. */
@Singleton
public class FakeCustomerDirectory implements CustomerDirectory {

    private final Map<Long, CustomerCard> cards = new ConcurrentHashMap<>();
    private final AtomicLong ids = new AtomicLong(1000);

    @Override
    public Optional<CustomerCard> find(long customerId) {
        return Optional.ofNullable(cards.get(customerId));
    }

    long add(CustomerCard card) {
        long id = ids.incrementAndGet();
        cards.put(id, new CustomerCard(id, card.legalName(), card.siren(), card.vatNumber(), card.billingAddress(),
                card.deliveryAddress(), card.email(), card.phone(), card.paymentTermsCode()));
        return id;
    }

    void replace(CustomerCard card) {
        cards.put(card.id(), card);
    }
}
