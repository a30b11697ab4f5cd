package com.repaero.gateway.booking;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.client.WireMock;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/** Page 2, a day and a time: the days of the window with their free times, in French, in Paris time. */
@QuarkusTest
@TestProfile(BookingProfile.class)
class BookingSlotsPageTest {

    @ConfigProperty(name = "test.upstream.port")
    int upstreamPort;

    WireMock customer;

    @BeforeEach
    void customerService() {
        customer = CustomerServiceFake.reset(upstreamPort);
        customer.register(CustomerServiceFake.getting("/appointment-types", 200, CustomerServiceFake.TYPES));
        customer.register(CustomerServiceFake.getting("/availability", 200, CustomerServiceFake.AVAILABILITY));
    }

    @Test
    void theDaysAndTimesAreInFrenchAndLeadToTheForm() {
        String html = given().header("X-Forwarded-For", "198.51.100.10")
                .queryParam("type", "aog").queryParam("du", "2026-11-30")
                .when().get("/rendez-vous/creneaux")
                .then().statusCode(200)
                .extract().asString();

        Document page = Jsoup.parse(html);
        assertThat(page.selectFirst("#chosen-type .aog-badge").text()).startsWith("Avion au sol (AOG)");
        assertThat(page.select(".days li")).hasSize(14);
        assertThat(page.selectFirst("a.day[data-day=2026-11-30]").attr("aria-current")).isEqualTo("date");
        assertThat(page.selectFirst("a.day[data-day=2026-11-30] .day-name").text()).isEqualTo("lun. 30 nov.");
        assertThat(page.selectFirst("a.day[data-day=2026-11-30] .visually-hidden").text())
                .isEqualTo("lundi 30 novembre 2026");
        assertThat(page.selectFirst("a.day[data-day=2026-11-30] .day-count").text()).isEqualTo("2 horaires");
        assertThat(page.selectFirst("a.day[data-day=2026-12-01]").attr("href"))
                .isEqualTo("/rendez-vous/creneaux?type=aog&du=2026-11-30&jour=2026-12-01");
        assertThat(page.selectFirst("span.day.full[data-day=2026-12-02] .day-count").text()).isEqualTo("aucun horaire");
        assertThat(page.selectFirst("#slots-title").text()).isEqualTo("Horaires libres le lundi 30 novembre 2026");
        // 20:30 UTC is 21:30 in Paris; the times are sorted.
        assertThat(page.select(".slots a").eachText()).containsExactly(
                "21:30 — lundi 30 novembre 2026", "22:00 — lundi 30 novembre 2026");
        assertThat(page.select(".slots a").eachAttr("href")).containsExactly(
                "/rendez-vous/coordonnees?type=aog&debut=2026-11-30T21%3A30%3A00%2B01%3A00",
                "/rendez-vous/coordonnees?type=aog&debut=2026-11-30T22%3A00%3A00%2B01%3A00");

        customer.verifyThat(getRequestedFor(urlPathEqualTo(CustomerServiceFake.API + "/availability"))
                .withQueryParam("type", equalTo("aog"))
                .withQueryParam("from", equalTo("2026-11-30"))
                .withQueryParam("to", equalTo("2026-12-13"))
                .withHeader("X-Forwarded-For", equalTo("198.51.100.10")));
    }

    @Test
    void theChosenDayShowsItsTimes() {
        given().header("X-Forwarded-For", "198.51.100.11")
                .queryParam("type", "aog").queryParam("du", "2026-11-30").queryParam("jour", "2026-12-01")
                .when().get("/rendez-vous/creneaux")
                .then().statusCode(200)
                .body(containsString("Horaires libres le mardi 1er décembre 2026"))
                .body(containsString(">08:00<"));
    }

    @Test
    void anUnknownTypeIsAPageNotAnError() {
        given().header("X-Forwarded-For", "198.51.100.12").queryParam("type", "nope")
                .when().get("/rendez-vous/creneaux")
                .then().statusCode(404)
                .contentType(containsString("text/html"))
                .body(PageText.shows("Ce type de rendez-vous n'existe pas"))
                .body(containsString("href=\"/rendez-vous\""));
    }
}
