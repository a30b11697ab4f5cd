package com.repaero.supplier.supplier.api;

import static com.repaero.supplier.supplier.SupplierApi.as;
import static com.repaero.supplier.supplier.SupplierRequests.aSupplier;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import org.junit.jupiter.api.Test;

import com.repaero.supplier.supplier.SupplierRequests;

import io.quarkus.test.junit.QuarkusTest;

/** The full master data (SIRET, addresses, contacts, bank accounts, terms, categories) is stored and read back. */
@QuarkusTest
class SupplierMasterDataTest {

    @Test
    void everyPartOfTheMasterDataComesBack() {
        SupplierRequests supplier = aSupplier().withMasterData();
        String location = as("purchasing").body(supplier.build()).post("/api/supplier/suppliers")
                .then().statusCode(201).extract().header("Location");

        as("accounting").get(location).then().statusCode(200)
                .body("siret", equalTo(SupplierRequests.siretOf(supplier.siren())))
                .body("paymentTerms", equalTo("DAYS_45_END_OF_MONTH"))
                .body("addresses.kind", contains("BILLING", "ORDERING", "RETURNS"))
                .body("addresses[2].postalCode", equalTo("31100"))
                .body("contacts[0].phone", equalTo("+33561000000"))
                .body("bankAccounts[0].iban", equalTo("FR7630006000011234567890189"))
                .body("bankAccounts[0].defaultAccount", equalTo(true))
                .body("categories", contains("rotables", "ATA 32"))
                .body("approvalStatus", equalTo("NOT_APPROVED"));
    }
}
