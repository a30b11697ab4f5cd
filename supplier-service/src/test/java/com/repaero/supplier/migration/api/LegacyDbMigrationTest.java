package com.repaero.supplier.migration.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;

import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import com.repaero.platform.testing.TestTokens;
import com.repaero.platform.validation.FrenchCompanyIds;
import com.repaero.supplier.supplier.SupplierRequests;

import io.quarkus.test.junit.QuarkusTest;

/** The import straight from the old table: an H2 database shaped like the Oracle FOURNISSEUR table. */
@QuarkusTest
class LegacyDbMigrationTest {

    @Test
    void importsTheLegacyTableAndIsIdempotent() throws SQLException {
        String run = Long.toString(System.nanoTime());
        String siren = SupplierRequests.nextSiren();
        try (Connection db = legacyDb(); Statement ddl = db.createStatement()) {
            ddl.execute("CREATE TABLE IF NOT EXISTS FOURNISSEUR (CODE_FOUR VARCHAR2(20) PRIMARY KEY, "
                    + "RAISON_SOCIALE VARCHAR2(100), SIREN VARCHAR2(11), TVA_INTRA VARCHAR2(15), ADRESSE VARCHAR2(200), "
                    + "CP NUMBER(5), VILLE VARCHAR2(60), TEL VARCHAR2(20), EMAIL VARCHAR2(100), IBAN VARCHAR2(40), "
                    + "BIC VARCHAR2(11), DATE_CREATION DATE)");
            insert(db, "L" + run, "HELICES DE L'AIN", siren, FrenchCompanyIds.vatNumberOf(siren), 1000,
                    "FR7630006000011234567890189");
            insert(db, "M" + run, "MAUVAIS IBAN", SupplierRequests.nextSiren(), null, 31700,
                    "FR7630006000011234567890188");
        }

        given().auth().oauth2(TestTokens.forRole("admin")).queryParam("dryRun", "false")
                .post("/api/supplier/migrations/suppliers/from-legacy-db").then().statusCode(200)
                .body("rows.find { it.legacyCode == 'L" + run + "' }.outcome", equalTo("CREATED"))
                .body("rows.find { it.legacyCode == 'M" + run + "' }.reasons.field", hasItem("IBAN"));
        long id = given().auth().oauth2(TestTokens.forRole("purchasing")).queryParam("q", siren)
                .queryParam("view", "full")
                .get("/api/supplier/suppliers").then().statusCode(200)
                .body("items[0].addresses[0].postalCode", equalTo("01000"))
                .extract().jsonPath().getLong("items[0].id");

        given().auth().oauth2(TestTokens.forRole("admin")).queryParam("dryRun", "false")
                .post("/api/supplier/migrations/suppliers/from-legacy-db").then().statusCode(200)
                .body("rows.find { it.legacyCode == 'L" + run + "' }.outcome", equalTo("UNCHANGED"))
                .body("rows.find { it.legacyCode == 'L" + run + "' }.supplierId", equalTo((int) id));
    }

    private static void insert(Connection db, String code, String name, String siren, String vat, int cp, String iban)
            throws SQLException {
        try (PreparedStatement insert = db.prepareStatement("INSERT INTO FOURNISSEUR (CODE_FOUR, RAISON_SOCIALE, "
                + "SIREN, TVA_INTRA, ADRESSE, CP, VILLE, TEL, EMAIL, IBAN, BIC) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            insert.setString(1, code);
            insert.setString(2, name);
            insert.setString(3, siren);
            insert.setString(4, vat);
            insert.setString(5, "ZI des Hélices");
            insert.setInt(6, cp);
            insert.setString(7, "Bourg-en-Bresse");
            insert.setString(8, "04.74.00.00.00");
            insert.setString(9, null);
            insert.setString(10, iban);
            insert.setString(11, "AGRIFRPP");
            insert.executeUpdate();
        }
    }

    private static Connection legacyDb() throws SQLException {
        var config = ConfigProvider.getConfig();
        return DriverManager.getConnection(config.getValue("repaero.migration.legacy.jdbc-url", String.class),
                config.getValue("repaero.migration.legacy.user", String.class), "");
    }
}
