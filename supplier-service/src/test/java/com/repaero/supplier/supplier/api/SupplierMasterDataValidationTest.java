package com.repaero.supplier.supplier.api;

import static com.repaero.supplier.supplier.SupplierApi.as;
import static com.repaero.supplier.supplier.SupplierApi.etag;
import static com.repaero.supplier.supplier.SupplierApi.register;
import static com.repaero.supplier.supplier.SupplierRequests.aSupplier;
import static com.repaero.supplier.supplier.SupplierRequests.address;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.repaero.supplier.supplier.SupplierRequests;

import io.quarkus.test.junit.QuarkusTest;

/** Bad master data is a 400 problem+json naming each field, on creation and on update. */
@QuarkusTest
class SupplierMasterDataValidationTest {

    private static io.restassured.response.ValidatableResponse post(SupplierRequests body) {
        return as("purchasing").body(body.build()).post("/api/supplier/suppliers").then()
                .contentType("application/problem+json");
    }

    @Test
    void invalidIdentifiersBankDetailsAndAddressesAreNamed() {
        SupplierRequests supplier = aSupplier().withMasterData();
        supplier.with("siret", "73282932000075")
                .with("addresses", List.of(address("BILLING", "1 rue X", "3170", "Blagnac", "FR"),
                        address("ORDERING", "1 rue X", "31700", "Blagnac", "France")))
                .with("contacts", List.of(Map.of("name", "Claire", "phone", "05 61 00 00 00")))
                .with("bankAccounts", List.of(Map.of("iban", "FR7630006000011234567890188", "bic", "AGRIFRP",
                        "holder", "X", "defaultAccount", true)));
        post(supplier).statusCode(400).body("errors.field", containsInAnyOrder("siret",
                "addresses[0].postalCode", "addresses[1].country", "contacts[0].phone", "bankAccounts[0].iban",
                "bankAccounts[0].bic"));
    }

    @Test
    void aSiretOfAnotherSirenIsNamed() {
        SupplierRequests supplier = aSupplier().with("siret", "73282932000074");
        post(supplier).statusCode(400).body("errors.field", containsInAnyOrder("siret"));
    }

    @Test
    void bankAccountsNeedExactlyOneDefaultAndAddressesOnePerKind() {
        SupplierRequests supplier = aSupplier()
                .with("addresses", List.of(address("BILLING", "1 rue X", "31700", "Blagnac", "FR"),
                        address("BILLING", "2 rue Y", "31700", "Blagnac", "FR")))
                .with("bankAccounts", List.of(
                        Map.of("iban", "FR7630006000011234567890189", "holder", "X", "defaultAccount", false),
                        Map.of("iban", "DE89370400440532013000", "holder", "X", "defaultAccount", false)));
        post(supplier).statusCode(400).body("errors.field", containsInAnyOrder("addresses", "bankAccounts"));
    }

    @Test
    void anUnknownEnumValueIsNamed() {
        post(aSupplier().with("paymentTerms", "DAYS_90")).statusCode(400)
                .body("errors[0].field", equalTo("paymentTerms"));
        post(aSupplier().with("addresses", List.of(address("HOLIDAY", "1 rue X", "31700", "Blagnac", "FR"))))
                .statusCode(400).body("errors[0].field", equalTo("addresses[0].kind"));
    }

    @Test
    void aWrongTypeInANestedFieldIsNamed() {
        post(aSupplier().with("bankAccounts", List.of(Map.of("iban", "FR7630006000011234567890189", "holder", "X",
                "defaultAccount", List.of(1))))).statusCode(400)
                .body("errors[0].field", equalTo("bankAccounts[0].defaultAccount"));
        post(aSupplier().with("categories", "rotables")).statusCode(400)
                .body("errors[0].field", equalTo("categories"));
    }

    @Test
    void hugeStringsAndListsAreNamed() {
        post(aSupplier().with("categories", List.of("x".repeat(10_000)))
                .with("contacts", List.of(Map.of("name", "N".repeat(100_000)))))
                .statusCode(400).body("errors.field", containsInAnyOrder("categories[0]", "contacts[0].name"));
        post(aSupplier().with("categories", java.util.Collections.nCopies(21, "a"))).statusCode(400)
                .body("errors[0].field", equalTo("categories"));
    }

    @Test
    void anInvalidUpdateIsNamedToo() {
        SupplierRequests supplier = aSupplier();
        long id = register(supplier);
        as("purchasing").header("If-Match", etag(id)).body(supplier.with("vatNumber", "FR00123").build())
                .put("/api/supplier/suppliers/" + id)
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("vatNumber"));
    }

    @Test
    void malformedJsonOnUpdateIsA400() {
        long id = register(aSupplier());
        as("purchasing").header("If-Match", etag(id)).body("{\"legalName\": ")
                .put("/api/supplier/suppliers/" + id)
                .then().statusCode(400)
                .contentType("application/problem+json");
    }
}
