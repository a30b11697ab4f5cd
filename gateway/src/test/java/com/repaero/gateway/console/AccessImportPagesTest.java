package com.repaero.gateway.console;

import static com.github.tomakehurst.wiremock.client.WireMock.binaryEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.hamcrest.Matchers.containsString;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/** The Access import: a dry-run report per table, then the same file for real, and only for admins. */
@QuarkusTest
@TestProfile(CustomerConsoleProfile.class)
class AccessImportPagesTest {

    private static final byte[] ACCDB = "Standard ACE DB fake".getBytes(StandardCharsets.US_ASCII);
    private static final String REPORT = """
            {"dryRun": %s,
             "customers": {"read": 2, "created": 1, "updated": 0, "unchanged": 0, "rejected": 1, "rows": [
               {"line": 2, "legacyKey": "1042", "kind": "customer", "outcome": "REJECTED",
                "reasons": [{"field": "NumSiren", "message": "SIREN invalide"}]}]},
             "contacts": {"read": 0, "created": 0, "updated": 0, "unchanged": 0, "rejected": 0, "rows": []},
             "history": {"read": 0, "created": 0, "updated": 0, "unchanged": 0, "rejected": 0, "rows": []}}""";

    @ConfigProperty(name = "test.upstream.port")
    int upstreamPort;

    Upstream upstream;

    @BeforeEach
    void fakeCustomerService() {
        upstream = new Upstream(upstreamPort);
        upstream.reset();
    }

    @Test
    void theDryRunReportsAndTheConfirmationImportsTheSameFile() {
        upstream.answer(post(urlPathEqualTo("/api/customer/migrations/customers/access"))
                .withQueryParam("dryRun", equalTo("true")), 200, REPORT.formatted("true"));
        upstream.answer(post(urlPathEqualTo("/api/customer/migrations/customers/access"))
                .withQueryParam("dryRun", equalTo("false")), 200, REPORT.formatted("false"));

        TestSessions.as("admin").multiPart("file", "clients.accdb", ACCDB, "application/octet-stream")
                .when().post("/console/migration/access/dry-run")
                .then().statusCode(200)
                .body(containsString("id=\"dry-run-notice\""))
                .body(containsString("SIREN invalide"))
                .body(containsString("name=\"fingerprint\" value=\"" + MigrationPages.fingerprint(ACCDB) + "\""));

        TestSessions.posting("admin", Map.of("content", Base64.getEncoder().encodeToString(ACCDB), "fingerprint",
                MigrationPages.fingerprint(ACCDB)))
                .when().post("/console/migration/access/run")
                .then().statusCode(200)
                .body(containsString("id=\"done-notice\""));
        upstream.wireMock().verifyThat(postRequestedFor(urlPathEqualTo("/api/customer/migrations/customers/access"))
                .withQueryParam("dryRun", equalTo("false")).withRequestBody(binaryEqualTo(ACCDB)));
    }

    @Test
    void aChangedFileIsRefusedAndOnlyAdminsImport() {
        TestSessions.posting("admin", Map.of("content", Base64.getEncoder().encodeToString(ACCDB), "fingerprint",
                "0000"))
                .when().post("/console/migration/access/run")
                .then().statusCode(400)
                .body(containsString("id=\"error-summary\""));
        TestSessions.as("sales").when().get("/console/migration/access").then().statusCode(403);
        TestSessions.as("admin").when().get("/console/migration/access")
                .then().statusCode(200)
                .body(containsString("href=\"/console/migration/access\""));
    }
}
