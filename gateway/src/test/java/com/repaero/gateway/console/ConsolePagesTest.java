package com.repaero.gateway.console;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.client.WireMock;
import com.repaero.platform.testing.TestTokens;

import io.quarkus.test.junit.QuarkusTest;

/**
 * What the console does without a browser session (the login flow itself needs the real Keycloak: ConsoleIT): machines
 * are kept out with a page, public pages carry the security headers and follow the language choice, and the gateway's
 * cookies never reach a service.
 */
@QuarkusTest
class ConsolePagesTest {

    private static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "form-action 'self'; frame-ancestors 'none'; base-uri 'self'; object-src 'none'";

    @ConfigProperty(name = "test.upstream.port")
    int upstreamPort;

    @Test
    void aBearerTokenDoesNotOpenTheConsole() {
        given().auth().oauth2(TestTokens.forRole("purchasing")).redirects().follow(false)
                .when().get("/console/suppliers")
                .then().statusCode(403)
                .contentType(containsString("text/html"))
                .header("Content-Security-Policy", CSP)
                .body(containsString("réservée aux personnes"));
    }

    @Test
    void publicPagesCarryTheSecurityHeadersInFrench() {
        given().when().get("/signed-out")
                .then().statusCode(200)
                .header("Content-Security-Policy", CSP)
                .header("X-Content-Type-Options", "nosniff")
                .header("X-Frame-Options", "DENY")
                .header("Referrer-Policy", "strict-origin-when-cross-origin")
                .body(containsString("<html lang=\"fr\">"))
                .body(containsString("Vous êtes déconnecté"))
                // No inline script: the CSP would block it.
                .body(not(containsString("<script>")));
    }

    @Test
    void theLanguageSwitchIsRememberedAndNeverLeavesTheSite() {
        given().redirects().follow(false).queryParam("to", "en").queryParam("back", "/signed-out")
                .when().get("/lang")
                .then().statusCode(303)
                .header("Location", containsString("/signed-out"))
                .cookie("repaero_lang", "en");
        given().cookie("repaero_lang", "en").when().get("/signed-out")
                .then().statusCode(200)
                .body(containsString("<html lang=\"en\">"))
                .body(containsString("You are signed out"));
        given().redirects().follow(false).queryParam("to", "fr").queryParam("back", "//evil.example/phish")
                .when().get("/lang")
                .then().statusCode(303)
                .header("Location", not(containsString("evil.example")));
    }

    @Test
    void theRootLeadsToTheConsole() {
        given().redirects().follow(false).when().get("/")
                .then().statusCode(303)
                .header("Location", containsString("/console"));
    }

    @Test
    void theGatewaysCookiesStayAtTheGateway() {
        WireMock upstream = new WireMock(upstreamPort);
        upstream.register(get(urlPathEqualTo("/api/supplier/cookies"))
                .willReturn(aResponse().withStatus(200).withBody("{}")));

        given().auth().oauth2(TestTokens.forRole("purchasing")).cookie("q_session", "secret-session")
                .when().get("/api/supplier/cookies")
                .then().statusCode(200)
                .header("X-Content-Type-Options", equalTo("nosniff"));

        upstream.verifyThat(getRequestedFor(urlPathEqualTo("/api/supplier/cookies")).withHeader("Cookie", absent()));
    }
}
