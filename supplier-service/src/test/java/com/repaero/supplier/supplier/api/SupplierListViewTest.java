package com.repaero.supplier.supplier.api;

import static com.repaero.supplier.supplier.SupplierApi.approve;
import static com.repaero.supplier.supplier.SupplierApi.as;
import static com.repaero.supplier.supplier.SupplierApi.register;
import static com.repaero.supplier.supplier.SupplierRequests.aSupplier;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.repaero.supplier.supplier.SupplierApi;
import com.repaero.supplier.supplier.SupplierRequests;

import io.quarkus.test.junit.QuarkusTest;

/** The search lists summaries by default (city, categories, approval; no child collections) and whole suppliers with view=full. */
@QuarkusTest
class SupplierListViewTest {

    @Test
    void theDefaultViewIsASummary() {
        SupplierRequests supplier = aSupplier().withMasterData();
        long id = register(supplier);
        String until = LocalDate.now().plusYears(1).toString();
        approve(id, until);

        as("purchasing").queryParam("q", supplier.siren()).get("/api/supplier/suppliers").then().statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].id", equalTo((int) id))
                .body("items[0].siret", equalTo(SupplierRequests.siretOf(supplier.siren())))
                .body("items[0].city", equalTo("Blagnac"))
                .body("items[0].categories", contains("rotables", "ATA 32"))
                .body("items[0].approvalStatus", equalTo("APPROVED"))
                .body("items[0].approvedUntil", equalTo(until))
                .body("items[0].paymentTerms", equalTo("DAYS_45_END_OF_MONTH"))
                .body("items[0].version", equalTo(1))
                .body("items[0]", not(hasKey("addresses")))
                .body("items[0]", not(hasKey("bankAccounts")));
    }

    @Test
    void theCityFallsBackToTheOrderingAddress() {
        SupplierRequests supplier = aSupplier().with("addresses",
                List.of(SupplierRequests.address("ORDERING", "Quai 2", "13700", "Marignane", "FR"),
                        SupplierRequests.address("RETURNS", "Quai 4", "31100", "Toulouse", "FR")));
        register(supplier);
        as("purchasing").queryParam("q", supplier.siren()).get("/api/supplier/suppliers").then().statusCode(200)
                .body("items[0].city", equalTo("Marignane"))
                .body("items[0].categories", equalTo(List.of()));
    }

    @Test
    void viewFullGivesWholeSuppliers() {
        SupplierRequests supplier = aSupplier().withMasterData();
        register(supplier);
        as("purchasing").queryParam("q", supplier.siren()).queryParam("view", "full").get("/api/supplier/suppliers")
                .then().statusCode(200)
                .body("items[0].addresses.city", contains("Blagnac", "Blagnac", "Toulouse"))
                .body("items[0].contacts[0].name", equalTo("Claire Martin"))
                .body("items[0].bankAccounts[0].bic", equalTo("AGRIFRPP"))
                .body("items[0].categories", contains("rotables", "ATA 32"));
    }

    @Test
    void totalsAreRightOnFullAndOnPartialPages() {
        String tag = "list-" + System.nanoTime();
        for (int i = 0; i < 5; i++) {
            register(aSupplier().with("categories", List.of(tag)));
        }
        for (String view : List.of("summary", "full")) {
            page(tag, view, 0, 2).body("total", equalTo(5)).body("items.size()", equalTo(2));
            page(tag, view, 2, 2).body("total", equalTo(5)).body("items.size()", equalTo(1));
            page(tag, view, 7, 2).body("total", equalTo(5)).body("items.size()", equalTo(0));
            page(tag, view, 0, 10).body("total", equalTo(5)).body("items.size()", equalTo(5));
        }
    }

    @Test
    void aRenamedSupplierIsFoundByItsNewNameOnly() {
        String word = "Renamed" + System.nanoTime();
        SupplierRequests supplier = aSupplier().with("legalName", "Hélices " + word + " SAS");
        long id = register(supplier);
        as("purchasing").header("If-Match", SupplierApi.etag(id)).body(supplier.with("legalName", "Pales " + word)
                .build()).put("/api/supplier/suppliers/" + id).then().statusCode(200);

        as("purchasing").queryParam("q", "pales " + word.toLowerCase()).get("/api/supplier/suppliers").then()
                .statusCode(200).body("items.id", contains((int) id));
        as("purchasing").queryParam("q", "hélices " + word).get("/api/supplier/suppliers").then()
                .statusCode(200).body("total", equalTo(0));
    }

    @Test
    void findsBySirenWrittenWithSpaces() {
        SupplierRequests supplier = aSupplier();
        long id = register(supplier);
        String siren = supplier.siren();
        String spaced = siren.substring(0, 3) + " " + siren.substring(3, 6) + " " + siren.substring(6);
        as("purchasing").queryParam("q", spaced).get("/api/supplier/suppliers").then().statusCode(200)
                .body("items.id", contains((int) id));
    }

    @Test
    void anUnknownViewNamesView() {
        as("purchasing").queryParam("view", "everything").get("/api/supplier/suppliers").then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("view"));
    }

    private static io.restassured.response.ValidatableResponse page(String tag, String view, int page, int size) {
        return as("purchasing").queryParam("category", tag).queryParam("view", view).queryParam("page", page)
                .queryParam("size", size).get("/api/supplier/suppliers").then().statusCode(200);
    }
}
