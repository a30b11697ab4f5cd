package com.repaero.gateway.http;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.client.WireMock;
import com.repaero.gateway.EdgeProtectionProfile;
import com.repaero.gateway.TestClock;
import com.repaero.platform.testing.TestTokens;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.specification.RequestSpecification;

/**
 * Budgets (EdgeProtectionProfile): anonymous callers of the public paths 3 calls at once per client IP, callers with
 * a token 5 per subject, both refilled at 1 call a minute. Each test plays its own IPs and subjects.
 */
@QuarkusTest
@TestProfile(EdgeProtectionProfile.class)
class RateLimitTest {

    @ConfigProperty(name = "test.upstream.port")
    int upstreamPort;

    @Inject
    TestClock clock;

    WireMock upstream;

    @BeforeEach
    void upstream() {
        upstream = new WireMock(upstreamPort);
        upstream.register(get(urlPathMatching("/api/supplier/(public/slots|suppliers)"))
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                        .withBody("{}")));
    }

    @Test
    void anAnonymousBurstIsCutWith429AndRetryAfterAndOtherIpsGoOn() {
        for (int i = 0; i < 3; i++) {
            fromIp("203.0.113.10").get("/api/supplier/public/slots").then().statusCode(200);
        }

        String retryAfter = fromIp("203.0.113.10").get("/api/supplier/public/slots")
                .then().statusCode(429)
                .contentType("application/problem+json")
                .body("code", equalTo("rate-limited"))
                .extract().header("Retry-After");
        // The next call of the budget comes a minute after the first one, less the (real) time the calls took.
        assertThat(Integer.parseInt(retryAfter)).isBetween(50, 60);
        fromIp("203.0.113.11").get("/api/supplier/public/slots").then().statusCode(200);
    }

    @Test
    void theAnonymousBudgetRefillsWithTime() {
        for (int i = 0; i < 3; i++) {
            fromIp("203.0.113.20").get("/api/supplier/public/slots").then().statusCode(200);
        }
        fromIp("203.0.113.20").get("/api/supplier/public/slots").then().statusCode(429);

        clock.advance(Duration.ofMinutes(1));

        fromIp("203.0.113.20").get("/api/supplier/public/slots").then().statusCode(200);
        fromIp("203.0.113.20").get("/api/supplier/public/slots").then().statusCode(429);
    }

    @Test
    void aClientCannotChooseItsIpBehindTheTrustedProxy() {
        for (int i = 0; i < 3; i++) {
            fromIp("203.0.113.30").get("/api/supplier/public/slots").then().statusCode(200);
        }

        // The ingress appends the real address after whatever the client wrote: only that last entry counts.
        given().header("X-Forwarded-For", "198.51.100.1, 203.0.113.30")
                .when().get("/api/supplier/public/slots")
                .then().statusCode(429);
    }

    @Test
    void anonymousCallsOutsideThePublicPathsNeedAToken() {
        fromIp("203.0.113.40").get("/api/supplier/suppliers").then().statusCode(401);
        given().header("X-Forwarded-For", "203.0.113.40").urlEncodingEnabled(false)
                .when().get("/api/supplier/public/../suppliers")
                .then().statusCode(401);

        upstream.verifyThat(0, getRequestedFor(urlPathEqualTo("/api/supplier/suppliers")));
    }

    @Test
    void callersWithATokenHaveTheirOwnLargerBudget() {
        String first = TestTokens.forUser("rate-first", "purchasing");
        String second = TestTokens.forUser("rate-second", "purchasing");
        for (int i = 0; i < 5; i++) {
            withToken(first).get("/api/supplier/suppliers").then().statusCode(200);
        }

        String retryAfter = withToken(first).get("/api/supplier/suppliers")
                .then().statusCode(429)
                .contentType("application/problem+json")
                .body("detail", containsString("try again in"))
                .extract().header("Retry-After");
        assertThat(Integer.parseInt(retryAfter)).isBetween(50, 60);
        withToken(second).get("/api/supplier/suppliers").then().statusCode(200);

        clock.advance(Duration.ofMinutes(2));
        withToken(first).get("/api/supplier/suppliers").then().statusCode(200);
        withToken(first).get("/api/supplier/suppliers").then().statusCode(200);
        withToken(first).get("/api/supplier/suppliers").then().statusCode(429);
    }

    private static RequestSpecification fromIp(String ip) {
        return given().header("X-Forwarded-For", ip).when();
    }

    private static RequestSpecification withToken(String token) {
        return given().auth().oauth2(token).when();
    }
}
