package com.repaero.gateway.http;

import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.util.Arrays;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.client.WireMock;
import com.repaero.platform.testing.TestTokens;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** Bodies over the limit get a 413 problem; browsers of listed partner origins may call the API, no other. */
@QuarkusTest
class EdgeLimitsTest {

    @ConfigProperty(name = "test.upstream.port")
    int upstreamPort;

    @Test
    void aTooLargeBodyIsAProblemAndNeverReachesTheService() {
        byte[] body = new byte[10 * 1024 * 1024 + 1];
        Arrays.fill(body, (byte) 'a');

        given().auth().oauth2(TestTokens.forRole("purchasing")).contentType(ContentType.JSON).body(body)
                .when().post("/api/supplier/suppliers")
                .then().statusCode(413)
                .contentType("application/problem+json")
                .body("code", equalTo("payload-too-large"))
                .body("instance", equalTo("/api/supplier/suppliers"));

        new WireMock(upstreamPort).verifyThat(0, postRequestedFor(urlPathEqualTo("/api/supplier/suppliers")));
    }

    @Test
    void aListedPartnerOriginMayCallTheApiFromABrowser() {
        given().header("Origin", "https://partner.example").header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "authorization,content-type")
                .when().options("/api/supplier/suppliers")
                .then().statusCode(200)
                .header("Access-Control-Allow-Origin", "https://partner.example")
                .header("Access-Control-Allow-Credentials", "false");
    }

    @Test
    void anotherOriginIsNotAllowed() {
        given().header("Origin", "https://evil.example").header("Access-Control-Request-Method", "POST")
                .when().options("/api/supplier/suppliers")
                .then().statusCode(403)
                .header("Access-Control-Allow-Origin", nullValue());
    }
}
