package com.repaero.gateway.health;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.not;

import java.time.Duration;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.client.WireMock;
import com.repaero.gateway.TestClock;
import com.repaero.platform.testing.TestTokens;

import io.quarkus.test.junit.QuarkusTest;

/**
 * {@code /api/health} in phase 2: supplier (WireMock) and customer (nothing listens) are live, production, stock and
 * resource arrive later. Readiness checks are reused for 5 s of the test clock.
 */
@QuarkusTest
class PlatformHealthTest {

    private static final String READY = "/q/health/ready";

    @ConfigProperty(name = "test.upstream.port")
    int upstreamPort;

    @Inject
    TestClock clock;

    WireMock upstream;

    @BeforeEach
    void freshRound() {
        upstream = new WireMock(upstreamPort);
        upstream.register(get(urlPathEqualTo(READY)).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody("{\"status\":\"UP\",\"checks\":[]}")));
        clock.advance(Duration.ofMinutes(1));
        upstream.resetRequests();
    }

    @Test
    void listsEveryServiceWithItsPhaseAndReadiness() {
        given().auth().oauth2(TestTokens.forRole("technician"))
                .when().get("/api/health")
                .then().statusCode(200)
                .contentType("application/json")
                .header("Cache-Control", containsString("no-store"))
                .body("status", equalTo("DEGRADED"))
                .body("phase", equalTo(2))
                .body("services.name", org.hamcrest.Matchers.contains("supplier", "customer", "production", "stock",
                        "resource"))
                .body("services.find { it.name == 'supplier' }.status", equalTo("UP"))
                .body("services.find { it.name == 'supplier' }.live", equalTo(true))
                .body("services.find { it.name == 'supplier' }.circuit", equalTo("closed"))
                .body("services.find { it.name == 'customer' }.status", equalTo("DOWN"))
                .body("services.find { it.name == 'customer' }.detail", equalTo("unreachable"))
                .body("services.find { it.name == 'production' }.status", equalTo("NOT_ROLLED_OUT"))
                .body("services.find { it.name == 'production' }.live", equalTo(false))
                .body("services.find { it.name == 'production' }.phase", equalTo(3));
    }

    @Test
    void aServiceNotReadyIsDown() {
        upstream.register(get(urlPathEqualTo(READY)).willReturn(aResponse().withStatus(503)
                .withBody("{\"status\":\"DOWN\"}")));

        given().auth().oauth2(TestTokens.forRole("sales"))
                .when().get("/api/health")
                .then().statusCode(200)
                .body("status", equalTo("DOWN"))
                .body("services.find { it.name == 'supplier' }.status", equalTo("DOWN"))
                .body("services.find { it.name == 'supplier' }.detail", equalTo("not ready (HTTP 503)"));
    }

    @Test
    void aServiceTooSlowIsDownWithoutHoldingTheAnswer() {
        upstream.register(get(urlPathEqualTo(READY)).willReturn(aResponse().withStatus(200).withFixedDelay(3000)));

        given().auth().oauth2(TestTokens.forRole("sales"))
                .when().get("/api/health")
                .then().statusCode(200)
                .time(lessThan(2500L))
                .body("services.find { it.name == 'supplier' }.status", equalTo("DOWN"))
                .body("services.find { it.name == 'supplier' }.detail", equalTo("no answer in time"));
    }

    @Test
    void checksAreReusedForAFewSeconds() {
        String token = TestTokens.forRole("purchasing");
        given().auth().oauth2(token).when().get("/api/health").then().statusCode(200);
        given().auth().oauth2(token).when().get("/api/health").then().statusCode(200);
        upstream.verifyThat(1, getRequestedFor(urlPathEqualTo(READY)));

        clock.advance(Duration.ofSeconds(5));
        given().auth().oauth2(token).when().get("/api/health").then().statusCode(200);
        upstream.verifyThat(2, getRequestedFor(urlPathEqualTo(READY)));
    }

    @Test
    void anySignedInUserMayReadItNoOneElse() {
        given().when().get("/api/health")
                .then().statusCode(401)
                .contentType("application/problem+json");
        given().auth().oauth2(TestTokens.forUser("no-role")).when().get("/api/health").then().statusCode(200);
    }

    @Test
    void theGatewaysOwnReadinessDoesNotDependOnTheServices() {
        // customer is live and down: the gateway stays ready, or Kubernetes would cut every other service off too.
        given().when().get(READY)
                .then().statusCode(200)
                .body("status", equalTo("UP"))
                .body(not(containsString("customer")));
    }
}
