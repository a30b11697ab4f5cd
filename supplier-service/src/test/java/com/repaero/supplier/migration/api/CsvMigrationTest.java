package com.repaero.supplier.migration.api;

import static com.repaero.supplier.migration.api.LegacyCsvFile.aLegacyExport;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import org.junit.jupiter.api.Test;

import com.repaero.platform.outbox.OutboxEvent;
import com.repaero.platform.testing.TestTokens;
import com.repaero.supplier.supplier.SupplierRequests;
import com.repaero.supplier.supplier.domain.Supplier;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.config.EncoderConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.response.ValidatableResponse;

/**
 * The CSV import: a dry run changes nothing; the real run creates; running again changes only what changed in the
 * old system (the go-live delta).
 */
@QuarkusTest
class CsvMigrationTest {

    static ValidatableResponse importCsv(String csv, String dryRun) {
        return given().auth().oauth2(TestTokens.forRole("admin"))
                // RestAssured would add "charset=ISO-8859-1" to text/csv; the service must detect UTF-8 itself.
                .config(RestAssuredConfig.config().encoderConfig(
                        EncoderConfig.encoderConfig().appendDefaultContentCharsetToContentTypeIfUndefined(false)))
                .contentType("text/csv").body(csv.getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .queryParam("dryRun", dryRun)
                .post("/api/supplier/migrations/suppliers").then();
    }

    @Test
    void dryRunThenRunThenDelta() {
        String run = Long.toString(System.nanoTime());
        String sirenA = SupplierRequests.nextSiren();
        String sirenB = SupplierRequests.nextSiren();
        String codeA = "A" + run;
        String codeB = "B" + run;
        LegacyCsvFile file = aLegacyExport().withSupplier(codeA, sirenA, "AÉRO PIÈCES").withSupplier(codeB, sirenB,
                "HÉLICES DU SUD");

        importCsv(file.build(), "true").statusCode(200)
                .body("dryRun", equalTo(true))
                .body("created", equalTo(2))
                .body("rows.outcome", contains("CREATED", "CREATED"));
        assertThat(supplierCount(sirenA)).isZero();

        long id = importCsv(file.build(), "false").statusCode(200)
                .body("created", equalTo(2))
                .extract().jsonPath().getLong("rows[0].supplierId");
        assertThat(eventCount(id, "SupplierRegistered")).isEqualTo(1);
        given().auth().oauth2(TestTokens.forRole("purchasing")).get("/api/supplier/suppliers/" + id).then()
                .body("legacyCode", equalTo(codeA))
                .body("legalName", equalTo("AÉRO PIÈCES"))
                .body("contacts[0].phone", equalTo("+33561000000"))
                .body("bankAccounts[0].iban", equalTo("FR7630006000011234567890189"))
                .body("addresses[0].kind", equalTo("BILLING"));

        importCsv(file.build(), "false").statusCode(200)
                .body("unchanged", equalTo(2))
                .body("created", equalTo(0))
                .body("updated", equalTo(0));

        LegacyCsvFile changed = aLegacyExport().withSupplier(codeA, sirenA, "AÉRO PIÈCES SAS").withSupplier(codeB,
                sirenB, "HÉLICES DU SUD");
        importCsv(changed.build(), "true").statusCode(200).body("updated", equalTo(1));
        assertThat(eventCount(id, "SupplierUpdated")).isZero();
        importCsv(changed.build(), "false").statusCode(200)
                .body("updated", equalTo(1))
                .body("unchanged", equalTo(1))
                .body("rows[0].changedFields", contains("legalName"));
        assertThat(eventCount(id, "SupplierUpdated")).isEqualTo(1);
    }

    @Test
    void badRowsAreRejectedWithReasonsAndTheOthersGoIn() {
        String run = Long.toString(System.nanoTime());
        String good = SupplierRequests.nextSiren();
        String dup = SupplierRequests.nextSiren();
        String csv = aLegacyExport()
                .withSupplier("G" + run, good, "BONNE SOCIETE")
                .withLine("S" + run + ";MAUVAIS SIREN;732829321;;;;;;;;;")
                .withLine("I" + run + ";MAUVAIS IBAN;" + SupplierRequests.nextSiren()
                        + ";;;;;;;;FR7630006000011234567890188;")
                .withSupplier("D1" + run, dup, "DOUBLON UN")
                .withSupplier("D2" + run, dup, "DOUBLON DEUX")
                .withLine(";SANS CODE;" + SupplierRequests.nextSiren() + ";;;;;;;;;")
                .build();

        importCsv(csv, "false").statusCode(200)
                .body("read", equalTo(6))
                .body("created", equalTo(2))
                .body("rejected", equalTo(4))
                .body("rows.outcome", contains("CREATED", "REJECTED", "REJECTED", "CREATED", "REJECTED", "REJECTED"))
                .body("rows[1].reasons.field", hasItem("SIREN"))
                .body("rows[2].reasons.field", hasItem("IBAN"))
                .body("rows[4].reasons[0].field", equalTo("SIREN"))
                .body("rows[4].reasons[0].message", org.hamcrest.Matchers.containsString("D1" + run))
                .body("rows[5].reasons[0].field", equalTo("CODE_FOUR"))
                .body("rows[1].line", equalTo(3));
    }

    @Test
    void aSirenAlreadyRegisteredHereIsRejected() {
        com.repaero.supplier.supplier.SupplierRequests supplier = SupplierRequests.aSupplier();
        com.repaero.supplier.supplier.SupplierApi.register(supplier);
        importCsv(aLegacyExport().withSupplier("X" + System.nanoTime(), supplier.siren(), "DEJA LA").build(), "true")
                .statusCode(200)
                .body("rejected", equalTo(1))
                .body("rows[0].reasons[0].field", equalTo("SIREN"));
    }

    private static long supplierCount(String siren) {
        return QuarkusTransaction.requiringNew().call(() -> Supplier.count("siren", siren));
    }

    private static long eventCount(long supplierId, String type) {
        return QuarkusTransaction.requiringNew().call(() -> OutboxEvent.count("aggregateId = ?1 and eventType = ?2",
                Long.toString(supplierId), "com.repaero.supplier." + type));
    }
}
