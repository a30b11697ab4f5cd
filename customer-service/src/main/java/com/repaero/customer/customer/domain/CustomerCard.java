package com.repaero.customer.customer.domain;

/**
 * A customer as invoicing and appointments see it. {@code siren} is mandatory for French companies (e-invoicing);
 * {@code deliveryAddress} is null when it is the billing address.
 */
public record CustomerCard(long id, String legalName, String siren, String vatNumber, PostalAddress billingAddress,
        PostalAddress deliveryAddress, String email, String phone, String paymentTermsCode) {
}
