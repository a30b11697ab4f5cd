package com.repaero.customer.customer.api;

import static com.repaero.customer.customer.CustomerApi.CUSTOMERS;
import static com.repaero.customer.customer.CustomerApi.as;
import static com.repaero.customer.customer.CustomerApi.etag;
import static com.repaero.customer.customer.CustomerApi.register;
import static com.repaero.customer.customer.CustomerRequests.aCustomer;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.repaero.customer.customer.CustomerRequests;

import io.quarkus.test.junit.QuarkusTest;

/** Updates replace the master data under optimistic locking: ETag on read, If-Match required on write. */
@QuarkusTest
class CustomerUpdateTest {

    @Test
    void anUpdateWithTheCurrentETagChangesTheCustomerAndItsVersion() {
        CustomerRequests customer = aCustomer().withMasterData();
        long id = register(customer);

        as("admin").header("If-Match", etag(id))
                .body(customer.with("email", "factures@aviasud.fr")
                        .with("contacts", List.of(CustomerRequests.contact("Nina Petit", "Achats", null, null)))
                        .build())
                .put(CUSTOMERS + "/" + id)
                .then().statusCode(200)
                .header("ETag", equalTo("\"1\""))
                .body("email", equalTo("factures@aviasud.fr"))
                .body("contacts", hasSize(1))
                .body("updatedBy", equalTo("admin"))
                .body("createdBy", equalTo("sales"));
    }

    @Test
    void withoutIfMatchItIs428() {
        CustomerRequests customer = aCustomer();
        long id = register(customer);
        as("sales").body(customer.build()).put(CUSTOMERS + "/" + id)
                .then().statusCode(428)
                .contentType("application/problem+json")
                .body("code", equalTo("precondition-required"));
    }

    @Test
    void aStaleIfMatchIs412AndChangesNothing() {
        CustomerRequests customer = aCustomer();
        long id = register(customer);
        String first = etag(id);
        as("sales").header("If-Match", first).body(customer.with("legalName", "Nouveau nom").build())
                .put(CUSTOMERS + "/" + id).then().statusCode(200);

        as("sales").header("If-Match", first).body(customer.with("legalName", "Écrasé").build())
                .put(CUSTOMERS + "/" + id)
                .then().statusCode(412)
                .contentType("application/problem+json")
                .body("code", equalTo("stale-version"));
        as("sales").get(CUSTOMERS + "/" + id).then().body("legalName", equalTo("Nouveau nom"));
    }

    @Test
    void anUpdateThatChangesNothingKeepsTheVersion() {
        CustomerRequests customer = aCustomer().withMasterData();
        long id = register(customer);
        as("sales").header("If-Match", etag(id)).body(customer.build()).put(CUSTOMERS + "/" + id)
                .then().statusCode(200).header("ETag", equalTo("\"0\""));
    }

    @Test
    void theSirenCannotChange() {
        CustomerRequests customer = aCustomer();
        long id = register(customer);
        as("sales").header("If-Match", etag(id))
                .body(customer.with("siren", CustomerRequests.nextSiren()).without("vatNumber").build())
                .put(CUSTOMERS + "/" + id)
                .then().statusCode(422)
                .body("code", equalTo("siren-immutable"));
    }

    @Test
    void archivingHidesTheCustomerFromTheListUntilRestored() {
        CustomerRequests customer = aCustomer();
        long id = register(customer);
        as("sales").header("If-Match", etag(id)).delete(CUSTOMERS + "/" + id)
                .then().statusCode(204).header("ETag", equalTo("\"1\""));

        as("sales").queryParam("q", customer.siren()).get(CUSTOMERS).then().body("total", equalTo(0));
        as("sales").queryParam("q", customer.siren()).queryParam("archived", true).get(CUSTOMERS)
                .then().body("total", equalTo(1));
        as("accounting").get(CUSTOMERS + "/" + id).then().statusCode(200).body("archived", equalTo(true));

        as("sales").header("If-Match", "\"1\"").post(CUSTOMERS + "/" + id + "/restore")
                .then().statusCode(200).body("archived", equalTo(false)).header("ETag", equalTo("\"2\""));
    }

    @Test
    void archivingNeedsIfMatch() {
        long id = register(aCustomer());
        as("sales").delete(CUSTOMERS + "/" + id).then().statusCode(428);
    }
}
