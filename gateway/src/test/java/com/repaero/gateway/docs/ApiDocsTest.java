package com.repaero.gateway.docs;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.client.WireMock;
import com.repaero.gateway.TestClock;
import com.repaero.platform.testing.TestTokens;

import io.quarkus.test.junit.QuarkusTest;

/**
 * {@code /api/docs} in phase 2: supplier (WireMock) gives its OpenAPI document, customer is live but down,
 * production, stock and resource arrive later.
 */
@QuarkusTest
class ApiDocsTest {

    @ConfigProperty(name = "test.upstream.port")
    int upstreamPort;

    @Inject
    TestClock clock;

    WireMock upstream;

    @BeforeEach
    void supplierDocument() throws IOException {
        upstream = new WireMock(upstreamPort);
        try (InputStream in = getClass().getResourceAsStream("/openapi/supplier.json")) {
            upstream.register(get(urlPathEqualTo("/q/openapi")).willReturn(aResponse().withStatus(200)
                    .withHeader("Content-Type", "application/json")
                    .withBody(new String(in.readAllBytes(), StandardCharsets.UTF_8))));
        }
        clock.advance(Duration.ofMinutes(5));
        upstream.resetRequests();
    }

    @Test
    void theIndexListsEveryServiceLiveOrArrivingInFrench() {
        Document page = page("/api/docs", null, 200);

        assertThat(page.select("html").attr("lang")).isEqualTo("fr");
        assertThat(state(page, "supplier")).isEqualTo("En service, 5 opération(s)");
        assertThat(state(page, "customer")).isEqualTo("En service, documentation indisponible pour le moment");
        assertThat(state(page, "production")).isEqualTo("Arrive en phase 3");
        assertThat(state(page, "resource")).isEqualTo("Arrive en phase 5");
        assertThat(page.select("tr[data-service=supplier] a").eachAttr("href"))
                .containsExactly("/api/docs/supplier", "/api/supplier/openapi?format=json", "/api/supplier/openapi");
        assertThat(page.select("tr[data-service=production] a")).isEmpty();
    }

    @Test
    void englishOnRequest() {
        Document page = page("/api/docs", "en", 200);

        assertThat(page.select("html").attr("lang")).isEqualTo("en");
        assertThat(state(page, "production")).isEqualTo("Arrives in phase 3");
    }

    @Test
    void aServicesPageListsItsOperationsWithRoles() {
        Document page = page("/api/docs/supplier", null, 200);

        assertThat(page.select("section.operation").eachAttr("id")).contains("get-api-supplier-suppliers",
                "post-api-supplier-orders");
        assertThat(page.select("#get-api-supplier-suppliers h3").text()).isEqualTo("GET /api/supplier/suppliers");
        assertThat(page.select("#get-api-supplier-suppliers .roles").text()).isEqualTo("accounting, purchasing");
        assertThat(page.select("#get-api-supplier-ping .roles").text()).isEqualTo("Tout utilisateur connecté");
        // The service's texts are escaped, never markup.
        assertThat(page.select("#get-api-supplier-suppliers p").first().text())
                .isEqualTo("Search suppliers <b>by name</b>");
        upstream.verifyThat(getRequestedFor(urlEqualTo("/q/openapi?format=json")));
    }

    @Test
    void aServiceNotRolledOutSaysWhenItArrives() {
        Document page = page("/api/docs/production", null, 503);

        assertThat(page.select("#not-rolled-out").text())
                .isEqualTo("Ce service arrive en phase 3 ; la plateforme fonctionne en phase 2.");
    }

    @Test
    void theDocumentIsReadOnceAWhile() {
        page("/api/docs/supplier", null, 200);
        page("/api/docs", null, 200);
        upstream.verifyThat(1, getRequestedFor(urlPathEqualTo("/q/openapi")));
    }

    @Test
    void theRawDocumentIsProxiedFromTheService() {
        given().auth().oauth2(TestTokens.forRole("technician"))
                .when().get("/api/supplier/openapi?format=json")
                .then().statusCode(200)
                .body(containsString("Rep'Aero supplier-service API"));
        upstream.verifyThat(getRequestedFor(urlEqualTo("/q/openapi?format=json"))
                .withHeader("X-Forwarded-Host", WireMock.matching("localhost:\\d+")));

        given().auth().oauth2(TestTokens.forRole("technician"))
                .when().get("/api/production/openapi")
                .then().statusCode(503)
                .body("code", org.hamcrest.Matchers.equalTo("service-not-rolled-out"));
    }

    @Test
    void theDocsAreForSignedInCallersWithTheConsolesSecurityHeaders() {
        given().when().get("/api/docs").then().statusCode(401);

        var headers = given().auth().oauth2(TestTokens.forRole("technician"))
                .when().get("/api/docs")
                .then().statusCode(200)
                .header("Content-Security-Policy", containsString("script-src 'self'"))
                .header("X-Frame-Options", "DENY")
                .body(not(containsString("<script")))
                .extract().headers();
        // Both the API's and the docs' header filters match: the header is set once.
        assertThat(headers.getValues("X-Content-Type-Options")).containsExactly("nosniff");
    }

    private static Document page(String path, String lang, int status) {
        var request = given().auth().oauth2(TestTokens.forRole("technician"));
        if (lang != null) {
            request.cookie("repaero_lang", lang);
        }
        String html = request.when().get(path).then().statusCode(status).contentType("text/html").extract().asString();
        return Jsoup.parse(html);
    }

    private static String state(Document page, String service) {
        return page.select("tr[data-service=" + service + "] td.state").text();
    }
}
