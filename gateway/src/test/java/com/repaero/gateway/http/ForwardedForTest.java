package com.repaero.gateway.http;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;

import java.time.Duration;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.client.WireMock;
import com.repaero.gateway.TestClock;

import io.quarkus.test.junit.QuarkusTest;

/** With no proxy declared in front (the default), X-Forwarded-For is anyone's to write and changes no budget. */
@QuarkusTest
class ForwardedForTest {

    @ConfigProperty(name = "test.upstream.port")
    int upstreamPort;

    @ConfigProperty(name = "repaero.gateway.rate-limit.anonymous.burst")
    int burst;

    @Inject
    TestClock clock;

    @Test
    void aForgedForwardedForDoesNotEscapeTheBudgetOfTheRealAddress() {
        new WireMock(upstreamPort).register(get(urlPathEqualTo("/api/supplier/public/slots"))
                .willReturn(aResponse().withStatus(200).withBody("{}")));
        for (int i = 0; i < burst; i++) {
            given().header("X-Forwarded-For", "198.51.100." + i)
                    .when().get("/api/supplier/public/slots")
                    .then().statusCode(200);
        }

        given().header("X-Forwarded-For", "198.51.100.250")
                .when().get("/api/supplier/public/slots")
                .then().statusCode(429)
                .header("Retry-After", org.hamcrest.Matchers.matchesPattern("\\d+"));
    }

    @AfterEach
    void refill() {
        // Other tests of this application may call the public paths from the same address.
        clock.advance(Duration.ofHours(1));
    }
}
