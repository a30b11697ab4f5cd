package com.repaero.customer.customer.domain;

import static com.repaero.customer.customer.CustomerApi.register;
import static com.repaero.customer.customer.CustomerRequests.aCustomer;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import com.repaero.customer.customer.CustomerRequests;

import io.quarkus.test.junit.QuarkusTest;

/** The seam invoicing uses: the card of a customer, with its addresses and payment terms code. */
@QuarkusTest
class CustomerDirectoryTest {

    private final CustomerDirectory directory;

    CustomerDirectoryTest(CustomerDirectory directory) {
        this.directory = directory;
    }

    @Test
    void findsTheCardOfACustomer() {
        CustomerRequests customer = aCustomer().withMasterData();
        long id = register(customer);

        CustomerCard card = directory.find(id).orElseThrow();

        assertThat(card.id()).isEqualTo(id);
        assertThat(card.siren()).isEqualTo(customer.siren());
        assertThat(card.billingAddress()).isEqualTo(
                new PostalAddress("Hangar 3, aéroport de Francazal", null, "31270", "Cugnaux", "FR"));
        assertThat(card.deliveryAddress().city()).isEqualTo("Blagnac");
        assertThat(card.paymentTermsCode()).isEqualTo("DAYS_30_END_OF_MONTH");
        assertThat(card.phone()).isEqualTo("+33561000000");
    }

    @Test
    void aCustomerWithoutDeliveryAddressHasNone() {
        long id = register(aCustomer());
        assertThat(directory.find(id).orElseThrow().deliveryAddress()).isNull();
    }

    @Test
    void anUnknownCustomerIsEmpty() {
        assertThat(directory.find(999_999_991L)).isEmpty();
    }
}
