package com.repaero.supplier.purchasing;

import static com.repaero.supplier.supplier.SupplierRequests.aSupplier;
import static io.restassured.RestAssured.given;

import java.time.LocalDate;

import com.repaero.platform.testing.TestTokens;
import com.repaero.supplier.supplier.domain.ApprovalStatus;
import com.repaero.supplier.supplier.domain.Supplier;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.http.ContentType;

/**
 * Suppliers for purchasing tests: registered through the API, then given an approval status directly in the database
 * (the approval API belongs to the supplier master).
 */
public final class Suppliers {

    private Suppliers() {
    }

    /** A supplier approved for a year from today. */
    public static long approved() {
        return withApproval(ApprovalStatus.APPROVED, LocalDate.now().plusYears(1));
    }

    public static long notApproved() {
        return register();
    }

    /** A supplier whose approval ended yesterday. */
    public static long expired() {
        return withApproval(ApprovalStatus.APPROVED, LocalDate.now().minusDays(2));
    }

    public static long withApproval(ApprovalStatus status, LocalDate until) {
        long id = register();
        QuarkusTransaction.requiringNew().run(() -> {
            Supplier supplier = Supplier.findById(id);
            supplier.approvalStatus = status;
            supplier.approvedUntil = until;
            supplier.approvalScope = "Test parts";
        });
        return id;
    }

    private static long register() {
        return given().auth().oauth2(TestTokens.forRole("purchasing")).contentType(ContentType.JSON)
                .body(aSupplier().build())
                .post("/api/supplier/suppliers")
                .then().statusCode(201).extract().jsonPath().getLong("id");
    }
}
