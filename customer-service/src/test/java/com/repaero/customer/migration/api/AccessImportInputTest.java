package com.repaero.customer.migration.api;

import static com.repaero.customer.migration.AccessImportApi.ACCESS;
import static com.repaero.customer.migration.LegacyAccessFile.aFile;
import static com.repaero.customer.migration.LegacyAccessFile.nextKey;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import com.healthmarketscience.jackcess.ColumnBuilder;
import com.healthmarketscience.jackcess.DataType;
import com.healthmarketscience.jackcess.Database;
import com.healthmarketscience.jackcess.DatabaseBuilder;
import com.healthmarketscience.jackcess.TableBuilder;
import com.repaero.customer.customer.CustomerRequests;
import com.repaero.platform.testing.TestTokens;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;

/** What the upload accepts: an Access file, raw or in a form, within the size limit, from admin only. */
@QuarkusTest
class AccessImportInputTest {

    private static RequestSpecification as(String role) {
        return given().auth().oauth2(TestTokens.forRole(role)).header("Accept-Language", "en");
    }

    @Test
    void aFormUploadWorksToo() {
        Path file = aFile().client(nextKey(), "RaisonSociale", "FORMULAIRE", "SIREN", CustomerRequests.nextSiren())
                .write();
        as("admin").multiPart("file", file.toFile(), "application/octet-stream").post(ACCESS + "/form")
                .then().statusCode(200)
                .body("dryRun", equalTo(true))
                .body("customers.created", equalTo(1));
    }

    @Test
    void somethingElseThanAnAccessFileIsA400NamingTheBody() {
        as("admin").contentType("application/octet-stream").body("NumClient;RaisonSociale\n1;X\n".getBytes())
                .post(ACCESS)
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("body"))
                .body("errors[0].message", containsString("MS Access"));
    }

    @Test
    void anEmptyBodyIsA400() {
        as("admin").contentType("application/octet-stream").body(new byte[0]).post(ACCESS)
                .then().statusCode(400).body("errors[0].field", equalTo("body"));
    }

    @Test
    void aFileWithoutTheCustomersTableIsA400NamingIt() throws Exception {
        Path file = Files.createTempDirectory("access").resolve("fournisseurs.accdb");
        try (Database db = DatabaseBuilder.newDatabase(file).setFileFormat(Database.FileFormat.V2010).create()) {
            new TableBuilder("Fournisseurs").addColumn(new ColumnBuilder("CodeFour", DataType.LONG)).toTable(db);
        }
        as("admin").contentType("application/octet-stream").body(file.toFile()).post(ACCESS)
                .then().statusCode(400)
                .body("errors[0].field", equalTo("body"))
                .body("errors[0].message", containsString("has no table Clients"));
    }

    @Test
    void anEmptyCustomersTableImportsNothing() {
        as("admin").contentType("application/octet-stream").body(aFile().write().toFile()).post(ACCESS)
                .then().statusCode(200).body("customers.read", equalTo(0)).body("history.read", equalTo(0));
    }

    @Test
    void aFileOverTheLimitIsA413Problem() {
        as("admin").contentType("application/octet-stream").body(new byte[8 * 1024 * 1024 + 1]).post(ACCESS)
                .then().statusCode(413)
                .contentType("application/problem+json")
                .body("code", equalTo("file-too-large"));
    }

    @Test
    void dryRunMustBeTrueOrFalse() {
        as("admin").contentType("application/octet-stream").queryParam("dryRun", "yes")
                .body(aFile().write().toFile()).post(ACCESS)
                .then().statusCode(400).body("errors[0].field", equalTo("dryRun"));
    }

    @Test
    void onlyAdminImports() {
        as("sales").contentType("application/octet-stream").body(aFile().write().toFile()).post(ACCESS)
                .then().statusCode(403).contentType("application/problem+json");
        given().contentType("application/octet-stream").body(new byte[]{1}).post(ACCESS)
                .then().statusCode(401);
    }
}
