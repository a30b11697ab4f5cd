package com.repaero.supplier.supplier.api;

import static com.repaero.supplier.supplier.SupplierApi.approve;
import static com.repaero.supplier.supplier.SupplierApi.as;
import static com.repaero.supplier.supplier.SupplierApi.register;
import static com.repaero.supplier.supplier.SupplierRequests.aSupplier;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** Approval decisions change the supplier and leave a full history. */
@QuarkusTest
class SupplierApprovalApiTest {

    private static final String NEXT_YEAR = LocalDate.now().plusYears(1).toString();

    @Test
    void approveThenSuspendLeavesTwoHistoryLines() {
        long id = register(aSupplier());
        approve(id, NEXT_YEAR);
        as("admin").body(Map.of("status", "SUSPENDED", "reason", "Constat qualité QN-12"))
                .post("/api/supplier/suppliers/" + id + "/approval")
                .then().statusCode(200)
                .body("approvalStatus", equalTo("SUSPENDED"))
                .body("approvedUntil", nullValue())
                .body("updatedBy", equalTo("admin"));

        as("storekeeper").get("/api/supplier/suppliers/" + id + "/approval-history")
                .then().statusCode(200)
                .body("toStatus", contains("SUSPENDED", "APPROVED"))
                .body("fromStatus", contains("APPROVED", "NOT_APPROVED"))
                .body("changedBy", contains("admin", "purchasing"))
                .body("[1].approvedUntil", equalTo(NEXT_YEAR))
                .body("[1].scope", equalTo("Rotables ATA 32"))
                .body("[0].reason", equalTo("Constat qualité QN-12"));
    }

    @Test
    void anApprovalNeedsAScopeAndAnExpiryAfterToday() {
        long id = register(aSupplier());
        as("purchasing").body(Map.of("status", "APPROVED", "approvedUntil", LocalDate.now().minusDays(1).toString(),
                "reason", "Audit OK")).post("/api/supplier/suppliers/" + id + "/approval")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", containsInAnyOrder("approvedUntil", "scope"));
        as("purchasing").get("/api/supplier/suppliers/" + id + "/approval-history").then().body("size()", equalTo(0));
    }

    @Test
    void anUnknownStatusNamesTheField() {
        long id = register(aSupplier());
        as("purchasing").body(Map.of("status", "MAYBE", "reason", "x"))
                .post("/api/supplier/suppliers/" + id + "/approval")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("status"));
    }

    @Test
    void aReasonIsRequired() {
        long id = register(aSupplier());
        as("purchasing").body(Map.of("status", "NOT_APPROVED"))
                .post("/api/supplier/suppliers/" + id + "/approval")
                .then().statusCode(400)
                .body("errors.field", contains("reason"));
    }

    @Test
    void accountingCannotApprove() {
        long id = register(aSupplier());
        as("accounting").body(Map.of("status", "APPROVED", "approvedUntil", NEXT_YEAR, "reason", "x"))
                .post("/api/supplier/suppliers/" + id + "/approval")
                .then().statusCode(403);
    }
}
