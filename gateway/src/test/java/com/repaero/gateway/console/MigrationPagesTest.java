package com.repaero.gateway.console;

import static com.github.tomakehurst.wiremock.client.WireMock.binaryEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** The legacy supplier import: the uploaded CSV is dry-run, reported, then the same file imported once confirmed. */
@QuarkusTest
class MigrationPagesTest {

    private static final byte[] CSV = """
            Code fournisseur;Raison sociale;SIREN;IBAN
            F0001;AERO PIECES SAS;732829320;FR7630006000011234567890189
            F0002;HELICES;123456789;FR00
            """.getBytes(StandardCharsets.UTF_8);
    private static final String REPORT = """
            {"dryRun": %s, "read": 2, "created": 1, "updated": 0, "unchanged": 0, "rejected": 1,
             "rows": [{"line": 2, "legacyCode": "F0001", "outcome": "CREATED", "supplierId": %s, "changedFields": [],
                       "reasons": []},
                      {"line": 3, "legacyCode": "F0002", "outcome": "REJECTED", "supplierId": null, "changedFields": [],
                       "reasons": [{"field": "IBAN", "message": "doit être un IBAN valide"},
                                   {"field": "SIREN", "message": "doit être un SIREN valide"}]}]}""";
    private static final Pattern HIDDEN = Pattern.compile("name=\"(content|fingerprint)\" value=\"([^\"]+)\"");

    @ConfigProperty(name = "test.upstream.port")
    int upstreamPort;

    Upstream upstream;

    @BeforeEach
    void fakeSupplierService() {
        upstream = new Upstream(upstreamPort);
        upstream.reset();
        upstream.answer(post(urlPathEqualTo("/api/supplier/migrations/suppliers")).withQueryParam("dryRun",
                equalTo("true")), 200, REPORT.formatted("true", "null"));
        upstream.answer(post(urlPathEqualTo("/api/supplier/migrations/suppliers")).withQueryParam("dryRun",
                equalTo("false")), 200, REPORT.formatted("false", "12"));
    }

    @Test
    void theDryRunReportsThenTheSameFileIsImported() {
        String report = TestSessions.as("admin").multiPart("file", "fournisseurs.csv", CSV, "text/csv")
                .when().post("/console/migration/dry-run")
                .then().statusCode(200)
                .body(containsString("Essai à blanc : rien n&#39;a été importé."))
                .body(containsString("<strong id=\"count-rejected\">1</strong>"))
                .body(containsString(
                        "<li>IBAN : doit être un IBAN valide</li><li>SIREN : doit être un SIREN valide</li>"))
                .body(containsString("id=\"confirm-run\""))
                .extract().asString();
        upstream.wireMock().verifyThat(postRequestedFor(urlPathEqualTo("/api/supplier/migrations/suppliers"))
                .withQueryParam("dryRun", equalTo("true"))
                .withHeader("Content-Type", equalTo("text/csv"))
                .withRequestBody(binaryEqualTo(CSV)));

        Map<String, String> confirm = hidden(report);
        TestSessions.posting("admin", confirm).when().post("/console/migration/run")
                .then().statusCode(200)
                .body(containsString("Import terminé."))
                .body(containsString("<a href=\"/console/suppliers/12\">F0001</a>"))
                .body(not(containsString("id=\"confirm-run\"")));
        upstream.wireMock().verifyThat(postRequestedFor(urlPathEqualTo("/api/supplier/migrations/suppliers"))
                .withQueryParam("dryRun", equalTo("false"))
                .withRequestBody(binaryEqualTo(CSV)));
    }

    @Test
    void aFileChangedSinceTheDryRunIsNotImported() {
        String other = java.util.Base64.getEncoder().encodeToString("F0003;AUTRE".getBytes(StandardCharsets.UTF_8));
        TestSessions.posting("admin", Map.of("content", other, "fingerprint", MigrationPages.fingerprint(CSV)))
                .when().post("/console/migration/run")
                .then().statusCode(400)
                .body(containsString("n&#39;est pas celui de l&#39;essai à blanc"));
        upstream.wireMock().verifyThat(0, postRequestedFor(urlPathEqualTo("/api/supplier/migrations/suppliers"))
                .withQueryParam("dryRun", equalTo("false")));
    }

    @Test
    void theImportIsForAdminsOnly() {
        TestSessions.as("purchasing").when().get("/console/migration").then().statusCode(403);
        TestSessions.as("purchasing").multiPart("file", "f.csv", CSV, "text/csv").when()
                .post("/console/migration/dry-run").then().statusCode(403);
        TestSessions.as("admin").when().get("/console")
                .then().statusCode(200).body(containsString("href=\"/console/migration\""));
        TestSessions.as("purchasing").when().get("/console")
                .then().statusCode(200).body(not(containsString("href=\"/console/migration\"")));
    }

    private static Map<String, String> hidden(String html) {
        Map<String, String> values = new java.util.HashMap<>();
        Matcher m = HIDDEN.matcher(html);
        while (m.find()) {
            values.put(m.group(1), m.group(2));
        }
        assertThat(values).containsKeys("content", "fingerprint");
        return values;
    }
}
