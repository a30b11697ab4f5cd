package com.repaero.supplier.supplier.api;

import static com.repaero.supplier.supplier.SupplierApi.approve;
import static com.repaero.supplier.supplier.SupplierApi.as;
import static com.repaero.supplier.supplier.SupplierApi.register;
import static com.repaero.supplier.supplier.SupplierRequests.aSupplier;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.repaero.supplier.supplier.SupplierRequests;
import com.repaero.supplier.supplier.domain.Supplier;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/** Filters on category and approval state (incl. expiring and expired), validated sort, by SIRET. */
@QuarkusTest
class SupplierSearchTest {

    @Test
    void filtersOnApprovalStateWithinACategory() {
        String tag = "cat-" + System.nanoTime();
        long valid = register(aSupplier().with("categories", List.of(tag)));
        long expiring = register(aSupplier().with("categories", List.of(tag)));
        long expired = register(aSupplier().with("categories", List.of(tag)));
        long never = register(aSupplier().with("categories", List.of(tag)));
        approve(valid, LocalDate.now().plusYears(1).toString());
        approve(expiring, LocalDate.now().plusDays(10).toString());
        approve(expired, LocalDate.now().plusDays(10).toString());
        // Time passes: the approval of "expired" ran out yesterday.
        QuarkusTransaction.requiringNew().run(() -> Supplier.<Supplier>findById(expired).approvedUntil = LocalDate
                .now().minusDays(1));

        search(tag, "approval", "APPROVED").body("items.id", contains((int) valid, (int) expiring));
        search(tag, "approval", "EXPIRING").body("items.id", contains((int) expiring));
        search(tag, "approval", "expired").body("items.id", contains((int) expired));
        search(tag, "approval", "NOT_APPROVED").body("items.id", contains((int) never));
        as("purchasing").queryParam("category", tag.toUpperCase()).queryParam("approval", "EXPIRING")
                .queryParam("expiringWithinDays", 400).queryParam("sort", "approvedUntil,desc")
                .get("/api/supplier/suppliers").then().statusCode(200)
                .body("items.id", contains((int) valid, (int) expiring));
    }

    @Test
    void sortsByCreationDescending() {
        String tag = "cat-" + System.nanoTime();
        long first = register(aSupplier().with("categories", List.of(tag)));
        long second = register(aSupplier().with("categories", List.of(tag)));
        search(tag, "sort", "createdAt,desc").body("items.id", contains((int) second, (int) first));
        search(tag, "sort", "createdAt").body("items.id", contains((int) first, (int) second));
    }

    @Test
    void findsBySiret() {
        SupplierRequests supplier = aSupplier().withMasterData();
        long id = register(supplier);
        as("purchasing").queryParam("q", SupplierRequests.siretOf(supplier.siren())).get("/api/supplier/suppliers")
                .then().statusCode(200).body("items.id", contains((int) id));
    }

    @Test
    void anUnknownSortFieldNamesSort() {
        as("purchasing").queryParam("sort", "iban,asc").get("/api/supplier/suppliers")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("sort"))
                .body("errors[0].message", containsString("legalName"));
        as("purchasing").queryParam("sort", "legalName,sideways").get("/api/supplier/suppliers")
                .then().statusCode(400).body("errors[0].field", equalTo("sort"));
    }

    @Test
    void anUnknownApprovalFilterNamesApproval() {
        as("purchasing").queryParam("approval", "PENDING").get("/api/supplier/suppliers")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("approval"));
    }

    private static io.restassured.response.ValidatableResponse search(String tag, String param, String value) {
        return as("purchasing").queryParam("category", tag).queryParam(param, value).get("/api/supplier/suppliers")
                .then().statusCode(200);
    }
}
