package com.repaero.supplier.migration.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import java.nio.charset.Charset;

import org.junit.jupiter.api.Test;

import com.repaero.platform.testing.TestTokens;
import com.repaero.supplier.supplier.SupplierRequests;

import io.quarkus.test.junit.QuarkusTest;

/** Encodings, unreadable files and bad parameters of the CSV import. */
@QuarkusTest
class CsvMigrationInputTest {

    @Test
    void aWindows1252ExportIsReadWithItsAccents() {
        String csv = LegacyCsvFile.aLegacyExport()
                .withSupplier("W" + System.nanoTime(), SupplierRequests.nextSiren(), "SOCIÉTÉ AÉRONAUTIQUE").build();
        given().auth().oauth2(TestTokens.forRole("admin"))
                .contentType("text/csv; charset=windows-1252").body(csv.getBytes(Charset.forName("windows-1252")))
                .queryParam("dryRun", "true")
                .post("/api/supplier/migrations/suppliers").then().statusCode(200)
                .body("created", equalTo(1));
    }

    @Test
    void aFileWithoutTheCodeColumnNamesTheBody() {
        given().auth().oauth2(TestTokens.forRole("admin")).contentType("text/csv; charset=UTF-8")
                .body("Raison sociale;SIREN\nX;732829320\n")
                .post("/api/supplier/migrations/suppliers").then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("body"));
    }

    @Test
    void anAmbiguousDryRunIsRefusedRatherThanTakenAsARealRun() {
        given().auth().oauth2(TestTokens.forRole("admin")).contentType("text/csv; charset=UTF-8")
                .body(LegacyCsvFile.HEADER + "\n").queryParam("dryRun", "yes")
                .post("/api/supplier/migrations/suppliers").then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("dryRun"));
    }

    @Test
    void purchasingCannotImport() {
        given().auth().oauth2(TestTokens.forRole("purchasing")).contentType("text/csv; charset=UTF-8")
                .body(LegacyCsvFile.HEADER + "\n")
                .post("/api/supplier/migrations/suppliers").then().statusCode(403);
    }
}
