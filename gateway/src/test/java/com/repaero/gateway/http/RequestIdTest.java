package com.repaero.gateway.http;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.client.WireMock;
import com.repaero.platform.testing.TestTokens;

import io.quarkus.test.junit.QuarkusTest;

/** One request id from the caller (or the gateway) to the service and back, so that logs can be joined. */
@QuarkusTest
class RequestIdTest {

    @ConfigProperty(name = "test.upstream.port")
    int upstreamPort;

    WireMock upstream;

    @BeforeEach
    void upstream() {
        upstream = new WireMock(upstreamPort);
        upstream.register(get(urlPathEqualTo("/api/supplier/request-id"))
                .willReturn(aResponse().withStatus(200).withBody("{}")));
    }

    @Test
    void theCallersIdGoesToTheServiceAndBack() {
        given().auth().oauth2(TestTokens.forRole("purchasing")).header("X-Request-Id", "partner-42.abc")
                .when().get("/api/supplier/request-id")
                .then().statusCode(200)
                .header("X-Request-Id", "partner-42.abc");

        upstream.verifyThat(getRequestedFor(urlPathEqualTo("/api/supplier/request-id"))
                .withHeader("X-Request-Id", equalTo("partner-42.abc")));
    }

    @Test
    void aMissingOrForgedIdIsReplaced() {
        String generated = given().auth().oauth2(TestTokens.forRole("purchasing"))
                .when().get("/api/supplier/request-id")
                .then().statusCode(200)
                .extract().header("X-Request-Id");
        assertThat(generated).matches("[0-9a-f-]{36}");
        upstream.verifyThat(getRequestedFor(urlPathEqualTo("/api/supplier/request-id"))
                .withHeader("X-Request-Id", equalTo(generated)));

        String replaced = given().auth().oauth2(TestTokens.forRole("purchasing"))
                .header("X-Request-Id", "line\tbreak injected")
                .when().get("/api/supplier/request-id")
                .then().statusCode(200)
                .extract().header("X-Request-Id");
        assertThat(replaced).matches("[0-9a-f-]{36}");
    }

    @Test
    void refusedCallsHaveAnIdToo() {
        String id = given().when().get("/api/supplier/request-id")
                .then().statusCode(401)
                .extract().header("X-Request-Id");
        assertThat(id).isNotBlank();
    }
}
