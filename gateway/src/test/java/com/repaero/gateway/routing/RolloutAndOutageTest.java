package com.repaero.gateway.routing;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.matchesPattern;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.client.WireMock;
import com.repaero.platform.testing.TestTokens;

import io.quarkus.test.junit.QuarkusTest;

/** Services of a later phase, down or too slow give a clear problem+json at once, never a hung request. */
@QuarkusTest
class RolloutAndOutageTest {

    @ConfigProperty(name = "test.upstream.port")
    int upstreamPort;

    @Test
    void aServiceOfALaterPhaseIsNotRolledOut() {
        given().auth().oauth2(TestTokens.forRole("technician"))
                .when().get("/api/production/work-orders")
                .then().statusCode(503)
                .contentType("application/problem+json")
                .body("code", equalTo("service-not-rolled-out"))
                .body("detail", containsString("production"))
                .body("detail", containsString("phase 3"));
    }

    @Test
    void aLiveServiceThatIsDownIsUnavailable() {
        given().auth().oauth2(TestTokens.forRole("sales"))
                .when().get("/api/customer/customers")
                .then().statusCode(503)
                .time(lessThan(5000L))
                .contentType("application/problem+json")
                // 5 s, or what is left of the breaker's cool-down if earlier tests already opened it.
                .header("Retry-After", matchesPattern("\\d+"))
                .body("code", equalTo("service-unavailable"))
                .body("detail", containsString("customer"));
    }

    @Test
    void aServiceTooSlowToAnswerTimesOut() {
        new WireMock(upstreamPort).register(get(urlEqualTo("/api/supplier/slow"))
                .willReturn(aResponse().withStatus(200).withFixedDelay(3000)));

        given().auth().oauth2(TestTokens.forRole("purchasing"))
                .when().get("/api/supplier/slow")
                .then().statusCode(504)
                .contentType("application/problem+json")
                .body("code", equalTo("service-timeout"));
    }

    @Test
    void anUnknownServiceIsNotFound() {
        given().auth().oauth2(TestTokens.forRole("purchasing"))
                .when().get("/api/payroll/employees")
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("code", equalTo("unknown-service"));
    }
}
