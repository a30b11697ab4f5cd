package com.repaero.gateway.booking;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.client.WireMock;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/**
 * The visitor's per-IP budget (6 pages at once in BookingProfile) covers the pages and their posts, and shares its
 * bucket with the anonymous {@code /api} calls; a failing customer-service gives a page, not a stack trace.
 */
@QuarkusTest
@TestProfile(BookingProfile.class)
class BookingLimitsTest {

    @ConfigProperty(name = "test.upstream.port")
    int upstreamPort;

    WireMock customer;

    @BeforeEach
    void customerService() {
        customer = CustomerServiceFake.reset(upstreamPort);
        customer.register(CustomerServiceFake.getting("/appointment-types", 200, CustomerServiceFake.TYPES));
        customer.register(CustomerServiceFake.posting("/bookings", 201, CustomerServiceFake.PENDING));
    }

    @Test
    void tooManyPagesFromOneIpGetA429PageInFrench() {
        for (int i = 0; i < 6; i++) {
            given().header("X-Forwarded-For", "203.0.113.60").when().get("/rendez-vous").then().statusCode(200);
        }

        String retryAfter = given().header("X-Forwarded-For", "203.0.113.60")
                .formParam("type", "aog").formParam("debut", "2026-11-30T22:00:00+01:00")
                .formParam("formToken", "t").formParam("contactName", "Jeanne").formParam("email", "j@x.example")
                .when().post("/rendez-vous/coordonnees")
                .then().statusCode(429)
                .contentType(containsString("text/html"))
                .header("Content-Security-Policy", containsString("default-src 'self'"))
                .body(containsString("Trop de tentatives"))
                .body(matchesPatternIn("réessayez dans \\d+\u00a0s"))
                .extract().header("Retry-After");
        assertThat(Integer.parseInt(retryAfter)).isBetween(1, 60);
        customer.verifyThat(6, getRequestedFor(urlPathEqualTo(CustomerServiceFake.API + "/appointment-types")));
        customer.verifyThat(0, postRequestedFor(urlPathEqualTo(CustomerServiceFake.API + "/bookings")));

        // Another visitor goes on.
        given().header("X-Forwarded-For", "203.0.113.61").when().get("/rendez-vous").then().statusCode(200);
    }

    @Test
    void thePublicApiAndThePagesShareTheVisitorsBudget() {
        for (int i = 0; i < 6; i++) {
            given().header("X-Forwarded-For", "203.0.113.62").when().get("/rendez-vous").then().statusCode(200);
        }
        // The same bucket as ApiProxyResource's anonymous calls (the public path in these tests is the supplier's).
        given().header("X-Forwarded-For", "203.0.113.62")
                .when().get("/api/supplier/public/anything")
                .then().statusCode(429)
                .contentType("application/problem+json");
    }

    @Test
    void aFailingServiceIsATryAgainPage() {
        customer.register(get(urlPathEqualTo(CustomerServiceFake.API + "/appointment-types"))
                .willReturn(aResponse().withStatus(503).withHeader("Retry-After", "7")));

        given().header("X-Forwarded-For", "203.0.113.63")
                .when().get("/rendez-vous")
                .then().statusCode(503)
                .header("Retry-After", "7")
                .contentType(containsString("text/html"))
                .body(containsString("Service momentanément indisponible"))
                .body(containsString("réessayez dans 7\u00a0s"));
    }

    private static org.hamcrest.Matcher<String> matchesPatternIn(String regex) {
        return matchesPattern("(?s).*" + regex + ".*");
    }
}
