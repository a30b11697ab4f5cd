package com.repaero.customer.customer.api;

import static com.repaero.customer.customer.CustomerApi.CUSTOMERS;
import static com.repaero.customer.customer.CustomerApi.as;
import static com.repaero.customer.customer.CustomerApi.register;
import static com.repaero.customer.customer.CustomerRequests.aCustomer;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.repaero.customer.customer.CustomerRequests;

import io.quarkus.test.junit.QuarkusTest;

/** Search by name part, identifiers, contact, city; sorted and paged. */
@QuarkusTest
class CustomerSearchTest {

    @Test
    void findsByNamePartIgnoringCaseAndWildcards() {
        String tag = "Zéphyr" + System.nanoTime();
        register(aCustomer().with("legalName", tag + " Aviation"));
        register(aCustomer().with("legalName", "Ateliers " + tag));
        register(aCustomer().with("legalName", "100% " + tag));

        as("sales").queryParam("q", tag.toLowerCase()).queryParam("sort", "legalName,desc").get(CUSTOMERS)
                .then().statusCode(200)
                .body("total", equalTo(3))
                .body("items.legalName", contains(tag + " Aviation", "Ateliers " + tag, "100% " + tag));
        as("sales").queryParam("q", "100% " + tag).get(CUSTOMERS).then().body("total", equalTo(1));
    }

    @Test
    void findsBySirenAndByContactEmail() {
        CustomerRequests customer = aCustomer().withMasterData();
        String email = "achat-" + customer.siren() + "@example.fr";
        long id = register(customer.with("contacts", List.of(CustomerRequests.contact("Léa", null, email, null))));

        as("accounting").queryParam("q", customer.siren()).get(CUSTOMERS).then().body("items[0].id", equalTo((int) id));
        as("sales").queryParam("q", email.toUpperCase()).get(CUSTOMERS).then().body("items[0].id", equalTo((int) id));
    }

    @Test
    void filtersByCityAndPages() {
        String city = "Ville" + System.nanoTime();
        for (int i = 0; i < 3; i++) {
            register(aCustomer().with("billingAddress", CustomerRequests.address("1 rue " + i, "31000", city, "FR")));
        }
        as("sales").queryParam("city", city.toLowerCase()).queryParam("size", 2).queryParam("page", 1)
                .get(CUSTOMERS)
                .then().body("total", equalTo(3)).body("items.size()", equalTo(1)).body("page", equalTo(1))
                .body("items[0].city", equalTo(city));
    }
}
