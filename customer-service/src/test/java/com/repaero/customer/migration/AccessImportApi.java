package com.repaero.customer.migration;

import static io.restassured.RestAssured.given;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import com.repaero.platform.testing.TestTokens;

import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;

/** Uploads an Access file to the import, as admin. */
public final class AccessImportApi {

    public static final String ACCESS = "/api/customer/migrations/customers/access";

    private AccessImportApi() {
    }

    public static ValidatableResponse upload(Path file, boolean dryRun) {
        try {
            return given().auth().oauth2(TestTokens.forRole("admin")).header("Accept-Language", "en")
                    .contentType("application/octet-stream").body(Files.readAllBytes(file))
                    .queryParam("dryRun", dryRun).post(ACCESS).then();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs the import and returns its report (200 expected). */
    public static JsonPath report(Path file, boolean dryRun) {
        return upload(file, dryRun).statusCode(200).extract().jsonPath();
    }
}
