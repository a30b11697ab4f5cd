package com.repaero.customer.customer.api;

import static com.repaero.customer.customer.CustomerApi.CUSTOMERS;
import static com.repaero.customer.customer.CustomerApi.as;
import static com.repaero.customer.customer.CustomerRequests.aCustomer;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.repaero.customer.customer.CustomerRequests;
import com.repaero.platform.testing.TestTokens;
import com.repaero.platform.validation.FrenchCompanyIds;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** Bad input is a 400 problem+json naming every invalid field, never a 500. */
@QuarkusTest
class CustomerValidationTest {

    @Test
    void listsEveryInvalidField() {
        as("sales").body(aCustomer().with("legalName", "").with("siren", "123").with("email", "not-an-email")
                .with("phone", "05 61 00 00 00").build())
                .post(CUSTOMERS)
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("code", equalTo("validation"))
                .body("errors.field", hasItem("legalName"))
                .body("errors.field", hasItem("siren"))
                .body("errors.field", hasItem("email"))
                .body("errors.field", hasItem("phone"));
    }

    @Test
    void aSirenWithAWrongLuhnKeyIsRefused() {
        as("sales").body(aCustomer().with("siren", "732829321").without("vatNumber").build())
                .post(CUSTOMERS)
                .then().statusCode(400)
                .body("errors.field", containsInAnyOrder("siren"))
                .body("errors[0].message", containsString("SIREN"));
    }

    @Test
    void aFrenchCompanyWithoutSirenIsRefused() {
        as("sales").body(aCustomer().without("siren").without("vatNumber").build())
                .post(CUSTOMERS)
                .then().statusCode(400)
                .body("errors.field", containsInAnyOrder("siren"))
                .body("errors[0].message", equalTo("is required for a French company"));
    }

    @Test
    void aVatNumberOfAnotherSirenNamesTheField() {
        String other = CustomerRequests.nextSiren();
        as("sales").body(aCustomer().with("vatNumber", FrenchCompanyIds.vatNumberOf(other)).build())
                .post(CUSTOMERS)
                .then().statusCode(400)
                .body("errors.field", containsInAnyOrder("vatNumber"))
                .body("errors[0].message", containsString("SIREN"));
    }

    @Test
    void aFrenchVatNumberWithAWrongKeyIsRefused() {
        CustomerRequests customer = aCustomer();
        as("sales").body(customer.with("vatNumber", "FR00" + customer.siren()).build())
                .post(CUSTOMERS)
                .then().statusCode(400)
                .body("errors.field", containsInAnyOrder("vatNumber"));
    }

    @Test
    void aSiretOfAnotherSirenIsRefused() {
        as("sales").body(aCustomer().with("siret", CustomerRequests.siretOf(CustomerRequests.nextSiren())).build())
                .post(CUSTOMERS)
                .then().statusCode(400)
                .body("errors.field", containsInAnyOrder("siret"));
    }

    @Test
    void anUnknownPaymentTermsCodeNamesTheField() {
        as("sales").body(aCustomer().with("paymentTerms", "NINETY_DAYS").build())
                .post(CUSTOMERS)
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("paymentTerms"));
    }

    @Test
    void aFrenchPostalCodeHasFiveDigits() {
        as("sales").body(aCustomer()
                .with("billingAddress", CustomerRequests.address("1 rue de l'Aéroport", "3127", "Cugnaux", "FR"))
                .build())
                .post(CUSTOMERS)
                .then().statusCode(400)
                .body("errors.field", containsInAnyOrder("billingAddress.postalCode"));
    }

    @Test
    void anInvalidContactNamesItsIndex() {
        as("sales").body(aCustomer().with("contacts", List.of(Map.of("name", "", "email", "x"))).build())
                .post(CUSTOMERS)
                .then().statusCode(400)
                .body("errors.field", containsInAnyOrder("contacts[0].name", "contacts[0].email"));
    }

    @Test
    void hugeStringsAreRefused() {
        as("sales").body(aCustomer().with("legalName", "A".repeat(100_000)).with("notes", "n".repeat(5000))
                .build())
                .post(CUSTOMERS)
                .then().statusCode(400)
                .body("errors.field", containsInAnyOrder("legalName", "notes"));
    }

    @Test
    void malformedJsonIsA400() {
        as("sales").body("{\"legalName\": \"Avia\", ")
                .post(CUSTOMERS)
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("detail", not(containsString("Exception")));
    }

    @Test
    void anOutOfRangePageSizeIsA400() {
        as("sales").queryParam("size", 1000).get(CUSTOMERS)
                .then().statusCode(400)
                .body("errors[0].field", equalTo("size"));
    }

    @Test
    void anUnknownSortFieldIsA400() {
        as("sales").queryParam("sort", "password").get(CUSTOMERS)
                .then().statusCode(400)
                .body("errors[0].field", equalTo("sort"));
    }

    @Test
    void messagesFollowTheCallersLanguage() {
        given().auth().oauth2(TestTokens.forRole("sales")).contentType(ContentType.JSON)
                .header("Accept-Language", "fr-FR")
                .body(aCustomer().without("siren").without("vatNumber").build())
                .post(CUSTOMERS)
                .then().statusCode(400)
                .body("errors[0].message", equalTo("est obligatoire pour une société française"));
    }
}
