package com.repaero.gateway.routing;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.client.WireMock;
import com.repaero.platform.testing.TestTokens;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** Calls reach the owning service unchanged, with the caller's token relayed. */
@QuarkusTest
class ApiRoutingTest {

    @ConfigProperty(name = "test.upstream.port")
    int upstreamPort;

    WireMock upstream;

    @BeforeEach
    void resetUpstream() {
        upstream = new WireMock(upstreamPort);
        upstream.resetMappings();
        upstream.resetRequests();
    }

    @Test
    void relaysTheTokenQueryAndHeaders() {
        upstream.register(get(urlPathEqualTo("/api/supplier/suppliers"))
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                        .withHeader("ETag", "\"3\"").withBody("{\"items\":[],\"total\":0}")));
        String token = TestTokens.forRole("purchasing");

        given().auth().oauth2(token).header("Accept-Language", "fr-FR").urlEncodingEnabled(false)
                .when().get("/api/supplier/suppliers?q=h%C3%A9lices&page=0")
                .then().statusCode(200)
                .header("ETag", "\"3\"")
                .body(containsString("\"total\":0"));

        upstream.verifyThat(getRequestedFor(urlEqualTo("/api/supplier/suppliers?q=h%C3%A9lices&page=0"))
                .withHeader("Authorization", equalTo("Bearer " + token))
                .withHeader("Accept-Language", equalTo("fr-FR"))
                .withHeader("X-Forwarded-Proto", equalTo("http"))
                .withHeader("X-Forwarded-Host",
                        com.github.tomakehurst.wiremock.client.WireMock.matching("localhost:\\d+")));
    }

    @Test
    void relaysTheBodyAndTheServicesAnswer() {
        upstream.register(post(urlEqualTo("/api/supplier/suppliers"))
                .willReturn(aResponse().withStatus(400).withHeader("Content-Type", "application/problem+json")
                        .withBody("{\"status\":400,\"errors\":[{\"field\":\"siren\"}]}")));

        given().auth().oauth2(TestTokens.forRole("purchasing")).contentType(ContentType.JSON)
                .body("{\"legalName\":\"Aéro\",\"siren\":\"123\"}")
                .when().post("/api/supplier/suppliers")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body(containsString("siren"));

        upstream.verifyThat(postRequestedFor(urlEqualTo("/api/supplier/suppliers"))
                .withRequestBody(equalToJson("{\"legalName\":\"Aéro\",\"siren\":\"123\"}")));
    }

    @Test
    void anonymousCallsStopAtTheGateway() {
        given().when().get("/api/supplier/suppliers")
                .then().statusCode(401)
                .contentType("application/problem+json");
        given().auth().oauth2(TestTokens.forOtherAudience("purchasing"))
                .when().get("/api/supplier/suppliers")
                .then().statusCode(401);

        upstream.verifyThat(0, getRequestedFor(urlPathEqualTo("/api/supplier/suppliers")));
    }
}
