package com.repaero.gateway.booking;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import java.util.List;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.client.WireMock;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/**
 * Page 1, the appointment types: open without login, French first, the urgent AOG type first and highlighted, the
 * console's security headers, and the visitor (IP, language) passed on to customer-service.
 */
@QuarkusTest
@TestProfile(BookingProfile.class)
class BookingTypesPageTest {

    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "form-action 'self'; frame-ancestors 'none'; base-uri 'self'; object-src 'none'";

    @ConfigProperty(name = "test.upstream.port")
    int upstreamPort;

    WireMock customer;

    @BeforeEach
    void customerService() {
        customer = CustomerServiceFake.reset(upstreamPort);
        customer.register(CustomerServiceFake.getting("/appointment-types", 200, CustomerServiceFake.TYPES));
    }

    @Test
    void anyoneSeesTheTypesInFrenchWithTheUrgentOneFirst() {
        String html = given().header("X-Forwarded-For", "198.51.100.1").redirects().follow(false)
                .when().get("/rendez-vous")
                .then().statusCode(200)
                .contentType(containsString("text/html"))
                .header("Content-Security-Policy", CSP)
                .header("X-Frame-Options", "DENY")
                .header("X-Content-Type-Options", "nosniff")
                .header("Referrer-Policy", "same-origin")
                .header("Cache-Control", "no-store")
                // Everything from files: the CSP would block inline code anyway.
                .body(not(containsString("<script>")))
                .body(not(containsString("style=")))
                .extract().asString();

        Document page = Jsoup.parse(html);
        assertThat(page.selectFirst("html").attr("lang")).isEqualTo("fr");
        assertThat(page.select(".type").eachAttr("data-type")).containsExactly("aog", "depot-equipement");
        Element aog = page.selectFirst(".type[data-type=aog]");
        assertThat(aog.hasClass("aog")).isTrue();
        assertThat(aog.selectFirst(".aog-badge").text())
                .isEqualTo("Avion au sol (AOG) — intervention urgente, y compris soirs et week-ends");
        assertThat(aog.selectFirst("a.button").attr("href")).isEqualTo("/rendez-vous/creneaux?type=aog");
        Element repair = page.selectFirst(".type[data-type=depot-equipement]");
        assertThat(repair.select(".aog-badge")).isEmpty();
        assertThat(repair.selectFirst(".duration").text()).isEqualTo("Durée : 1 h 30");
        assertThat(repair.selectFirst(".description").text()).isEqualTo("Déposez une pièce à réparer.");
        assertThat(page.select("link[rel=stylesheet]").eachAttr("href"))
                .isEqualTo(List.of("/rendez-vous/assets/booking.css"));

        customer.verifyThat(getRequestedFor(urlPathEqualTo(CustomerServiceFake.API + "/appointment-types"))
                .withHeader("X-Forwarded-For", equalTo("198.51.100.1"))
                .withHeader("Accept-Language", equalTo("fr-FR"))
                .withoutHeader("Authorization"));
    }

    @Test
    void theEnglishSwitchIsRememberedAndStaysOnTheBookingPages() {
        String cookie = given().redirects().follow(false)
                .queryParam("vers", "en").queryParam("retour", "/rendez-vous/creneaux?type=aog")
                .when().get("/rendez-vous/langue")
                .then().statusCode(303)
                .header("Location", containsString("/rendez-vous/creneaux?type=aog"))
                .extract().cookie(BookingPages.LANGUAGE_COOKIE);
        assertThat(cookie).isEqualTo("en");

        given().redirects().follow(false).queryParam("vers", "en").queryParam("retour", "https://evil.example/")
                .when().get("/rendez-vous/langue")
                .then().statusCode(303)
                .header("Location", not(containsString("evil")));

        given().header("X-Forwarded-For", "198.51.100.2").cookie(BookingPages.LANGUAGE_COOKIE, "en")
                .when().get("/rendez-vous")
                .then().statusCode(200)
                .body(containsString("<html lang=\"en\">"))
                .body(containsString("Aircraft on ground (AOG) — urgent work, evenings and weekends included"))
                .body(containsString("Duration: 1\u00a0h\u00a030\u00a0min"))
                .body(containsString("href=\"/rendez-vous/langue?vers=fr&amp;retour=%2Frendez-vous\""));
        customer.verifyThat(getRequestedFor(urlPathEqualTo(CustomerServiceFake.API + "/appointment-types"))
                .withHeader("Accept-Language", equalTo("en-GB")));
    }

    @Test
    void theAssetsAreServedWithoutLogin() {
        given().when().get("/rendez-vous/assets/booking.css")
                .then().statusCode(200)
                .contentType(containsString("text/css"))
                .header("Cache-Control", not(containsString("no-store")));
        given().when().get("/rendez-vous/assets/booking.js")
                .then().statusCode(200);
    }
}
