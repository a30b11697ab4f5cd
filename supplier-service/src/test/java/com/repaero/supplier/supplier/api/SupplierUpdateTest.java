package com.repaero.supplier.supplier.api;

import static com.repaero.supplier.supplier.SupplierApi.as;
import static com.repaero.supplier.supplier.SupplierApi.etag;
import static com.repaero.supplier.supplier.SupplierApi.register;
import static com.repaero.supplier.supplier.SupplierRequests.aSupplier;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.repaero.supplier.supplier.SupplierRequests;

import io.quarkus.test.junit.QuarkusTest;

/** Updates replace the master data under optimistic locking: ETag on read, If-Match required on write. */
@QuarkusTest
class SupplierUpdateTest {

    @Test
    void anUpdateWithTheCurrentETagChangesTheSupplierAndItsVersion() {
        SupplierRequests supplier = aSupplier().withMasterData();
        long id = register(supplier);
        String etag = etag(id);

        as("admin").header("If-Match", etag)
                .body(supplier.with("email", "compta@aeropieces.fr").with("categories", List.of("moteurs")).build())
                .put("/api/supplier/suppliers/" + id)
                .then().statusCode(200)
                .header("ETag", equalTo("\"1\""))
                .body("version", equalTo(1))
                .body("email", equalTo("compta@aeropieces.fr"))
                .body("categories", contains("moteurs"))
                .body("updatedBy", equalTo("admin"))
                .body("createdBy", equalTo("purchasing"));
    }

    @Test
    void withoutIfMatchItIs428() {
        SupplierRequests supplier = aSupplier();
        long id = register(supplier);
        as("purchasing").body(supplier.build()).put("/api/supplier/suppliers/" + id)
                .then().statusCode(428)
                .contentType("application/problem+json")
                .body("code", equalTo("precondition-required"));
    }

    @Test
    void aStaleIfMatchIs412AndChangesNothing() {
        SupplierRequests supplier = aSupplier();
        long id = register(supplier);
        String first = etag(id);
        as("purchasing").header("If-Match", first).body(supplier.with("legalName", "Nouveau nom").build())
                .put("/api/supplier/suppliers/" + id).then().statusCode(200);

        as("purchasing").header("If-Match", first).body(supplier.with("legalName", "Écrasé").build())
                .put("/api/supplier/suppliers/" + id)
                .then().statusCode(412)
                .contentType("application/problem+json")
                .body("code", equalTo("stale-version"));
        as("purchasing").get("/api/supplier/suppliers/" + id).then().body("legalName", equalTo("Nouveau nom"));
    }

    @Test
    void anUpdateThatChangesNothingKeepsTheVersion() {
        SupplierRequests supplier = aSupplier().withMasterData();
        long id = register(supplier);
        as("purchasing").header("If-Match", etag(id)).body(supplier.build()).put("/api/supplier/suppliers/" + id)
                .then().statusCode(200).header("ETag", equalTo("\"0\""));
    }

    @Test
    void theSirenCannotChange() {
        SupplierRequests supplier = aSupplier();
        long id = register(supplier);
        String other = SupplierRequests.nextSiren();
        as("purchasing").header("If-Match", etag(id))
                .body(supplier.with("siren", other).without("vatNumber").build())
                .put("/api/supplier/suppliers/" + id)
                .then().statusCode(422)
                .contentType("application/problem+json")
                .body("code", equalTo("siren-immutable"));
    }

    @Test
    void aMalformedIfMatchNamesTheHeader() {
        SupplierRequests supplier = aSupplier();
        long id = register(supplier);
        as("purchasing").header("If-Match", "version 3").body(supplier.build()).put("/api/supplier/suppliers/" + id)
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("If-Match"));
    }

    @Test
    void anUnknownSupplierIs404() {
        as("purchasing").header("If-Match", "\"0\"").body(aSupplier().build())
                .put("/api/supplier/suppliers/999999998")
                .then().statusCode(404)
                .contentType("application/problem+json");
    }
}
