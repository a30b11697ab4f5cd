package com.repaero.gateway.routing;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.lessThan;

import java.time.Duration;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.http.Fault;
import com.repaero.gateway.EdgeProtectionProfile;
import com.repaero.gateway.TestClock;
import com.repaero.platform.testing.TestTokens;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.ValidatableResponse;

/**
 * The stock service (EdgeProtectionProfile: live, on WireMock) fails 3 times in a row: its breaker opens for 60 s, the
 * gateway answers 503 at once without calling it, then lets one trial call through. Time moves with the test clock.
 */
@QuarkusTest
@TestProfile(EdgeProtectionProfile.class)
class CircuitBreakerTest {

    private static final String ITEMS = "/api/stock/items";

    @ConfigProperty(name = "test.upstream.port")
    int upstreamPort;

    @Inject
    TestClock clock;

    @Inject
    CircuitBreakers breakers;

    WireMock upstream;

    @BeforeEach
    void upstream() {
        upstream = new WireMock(upstreamPort);
    }

    @AfterEach
    void closeTheBreaker() {
        upstream.register(get(urlPathEqualTo(ITEMS)).willReturn(aResponse().withStatus(200).withBody("[]")));
        clock.advance(Duration.ofMinutes(2));
        call().statusCode(200);
        upstream.resetRequests();
    }

    @Test
    void aServiceThatIsDownGetsFast503sWithoutBeingCalledThenRecovers() {
        upstream.register(get(urlPathEqualTo(ITEMS))
                .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
        for (int i = 0; i < 3; i++) {
            call().statusCode(503).body("code", equalTo("service-unavailable"));
        }
        int callsWhileClosed = calls();
        assertThat(breakers.state("stock")).isEqualTo(CircuitBreakers.State.OPEN);

        String retryAfter = call().statusCode(503)
                .time(lessThan(1000L))
                .contentType("application/problem+json")
                .body("code", equalTo("service-unavailable"))
                .body("detail", containsString("stock"))
                .extract().header("Retry-After");
        assertThat(Integer.parseInt(retryAfter)).isBetween(50, 60);
        clock.advance(Duration.ofSeconds(30));
        retryAfter = call().statusCode(503).extract().header("Retry-After");
        assertThat(Integer.parseInt(retryAfter)).isBetween(20, 30);
        assertThat(calls()).isEqualTo(callsWhileClosed);

        upstream.register(get(urlPathEqualTo(ITEMS)).willReturn(aResponse().withStatus(200).withBody("[]")));
        call().statusCode(503);
        clock.advance(Duration.ofSeconds(30));

        call().statusCode(200);
        assertThat(breakers.state("stock")).isEqualTo(CircuitBreakers.State.CLOSED);
        call().statusCode(200);
        assertThat(calls()).isEqualTo(callsWhileClosed + 2);
    }

    @Test
    void aFailedTrialOpensTheBreakerAgain() {
        upstream.register(get(urlPathEqualTo(ITEMS)).willReturn(aResponse().withStatus(503)));
        for (int i = 0; i < 3; i++) {
            call().statusCode(503);
        }
        clock.advance(Duration.ofSeconds(60));
        assertThat(breakers.state("stock")).isEqualTo(CircuitBreakers.State.HALF_OPEN);
        int before = calls();

        call().statusCode(503);
        assertThat(calls()).isEqualTo(before + 1);
        assertThat(breakers.state("stock")).isEqualTo(CircuitBreakers.State.OPEN);
        String retryAfter = call().statusCode(503).extract().header("Retry-After");
        assertThat(Integer.parseInt(retryAfter)).isBetween(50, 60);
        assertThat(calls()).isEqualTo(before + 1);
    }

    @Test
    void answersOtherThanUnavailableKeepTheBreakerClosed() {
        upstream.register(get(urlPathEqualTo(ITEMS)).willReturn(aResponse().withStatus(404)));
        for (int i = 0; i < 5; i++) {
            call().statusCode(404);
        }
        assertThat(breakers.state("stock")).isEqualTo(CircuitBreakers.State.CLOSED);
    }

    @Test
    void anOpenBreakerConcernsOnlyItsService() {
        upstream.register(get(urlPathEqualTo(ITEMS)).willReturn(aResponse().withStatus(503)));
        upstream.register(get(urlPathEqualTo("/api/supplier/suppliers"))
                .willReturn(aResponse().withStatus(200).withBody("{}")));
        for (int i = 0; i < 3; i++) {
            call().statusCode(503);
        }

        given().auth().oauth2(TestTokens.forUser("breaker-other", "purchasing"))
                .when().get("/api/supplier/suppliers")
                .then().statusCode(200);
    }

    private ValidatableResponse call() {
        // One subject per call: these tests are about the breaker, not the callers' budgets.
        return given().auth().oauth2(TestTokens.forUser("breaker-" + System.nanoTime(), "storekeeper"))
                .when().get(ITEMS)
                .then();
    }

    private int calls() {
        return upstream.find(getRequestedFor(urlPathEqualTo(ITEMS))).size();
    }
}
