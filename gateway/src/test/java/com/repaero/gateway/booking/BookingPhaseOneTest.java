package com.repaero.gateway.booking;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.client.WireMock;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/** In phase 1 customer-service is not rolled out: every booking page says booking opens soon (503), in French. */
@QuarkusTest
@TestProfile(BookingPhaseOneProfile.class)
class BookingPhaseOneTest {

    @ConfigProperty(name = "test.upstream.port")
    int upstreamPort;

    @Test
    void theBookingPagesSayBookingOpensSoon() {
        WireMock customer = CustomerServiceFake.reset(upstreamPort);
        customer.register(CustomerServiceFake.getting("/appointment-types", 200, CustomerServiceFake.TYPES));

        given().when().get("/rendez-vous")
                .then().statusCode(503)
                .contentType(containsString("text/html"))
                .header("Content-Security-Policy", containsString("default-src 'self'"))
                .body(containsString("<html lang=\"fr\">"))
                .body(containsString("La prise de rendez-vous en ligne ouvre bientôt"));
        given().formParam("reference", "RDV-7KQ2M9XH").formParam("jeton", "t")
                .when().post("/rendez-vous/confirmer")
                .then().statusCode(503)
                .body(containsString("ouvre bientôt"));
        given().cookie(BookingPages.LANGUAGE_COOKIE, "en")
                .when().get("/rendez-vous/creneaux?type=aog")
                .then().statusCode(503)
                .body(containsString("Online booking opens soon"));

        customer.verifyThat(0, anyRequestedFor(anyUrl()));
    }
}
