package com.repaero.gateway.booking;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.client.WireMock;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/**
 * Page 6, the emailed manage link ({@code /rendez-vous/gerer?reference=…&jeton=…}): the booking, cancel it, or pick
 * another free time and move it; the link's token goes with every call.
 */
@QuarkusTest
@TestProfile(BookingProfile.class)
class ManageBookingTest {

    static final String TOKEN = "manage.token+/=";
    static final String TOKEN_PARAM = "manage.token%2B%2F%3D";
    static final String BOOKING = "/bookings/RDV-7KQ2M9XH";

    @ConfigProperty(name = "test.upstream.port")
    int upstreamPort;

    WireMock customer;

    @BeforeEach
    void customerService() {
        customer = CustomerServiceFake.reset(upstreamPort);
        customer.register(CustomerServiceFake.getting(BOOKING, 200, CustomerServiceFake.CONFIRMED));
        customer.register(CustomerServiceFake.getting("/appointment-types", 200, CustomerServiceFake.TYPES));
        customer.register(CustomerServiceFake.getting("/availability", 200, CustomerServiceFake.AVAILABILITY));
    }

    @Test
    void theLinkShowsTheBookingAndCancelsIt() {
        Document page = Jsoup.parse(given().header("X-Forwarded-For", "198.51.100.50")
                .queryParam("reference", "RDV-7KQ2M9XH").queryParam("jeton", TOKEN)
                .when().get("/rendez-vous/gerer")
                .then().statusCode(200)
                .extract().asString());
        assertThat(page.selectFirst("#booking-day").text()).isEqualTo("lundi 30 novembre 2026");
        assertThat(page.selectFirst("#booking-status").text()).isEqualTo("confirmé");
        assertThat(page.selectFirst("a#move").attr("href"))
                .isEqualTo("/rendez-vous/gerer/creneaux?reference=RDV-7KQ2M9XH&jeton=" + TOKEN_PARAM);
        assertThat(page.selectFirst("form#cancel-form input[name=jeton]").val()).isEqualTo(TOKEN);
        assertThat(page.selectFirst("label[for=motif]")).isNotNull();
        customer.verifyThat(getRequestedFor(urlPathEqualTo(CustomerServiceFake.API + BOOKING))
                .withQueryParam("token", equalTo(TOKEN)));

        customer.register(CustomerServiceFake.posting(BOOKING + "/cancellation", 200,
                CustomerServiceFake.CONFIRMED.replace("CONFIRMED", "CANCELLED")));
        given().header("X-Forwarded-For", "198.51.100.50").redirects().follow(false)
                .formParam("reference", "RDV-7KQ2M9XH").formParam("jeton", TOKEN).formParam("motif", "Avion réparé")
                .when().post("/rendez-vous/gerer/annuler")
                .then().statusCode(303)
                .header("Location", endsWith("/rendez-vous/gerer?reference=RDV-7KQ2M9XH&jeton=" + TOKEN_PARAM
                        + "&fait=annule"));
        customer.verifyThat(postRequestedFor(urlPathEqualTo(CustomerServiceFake.API + BOOKING + "/cancellation"))
                .withRequestBody(equalToJson("{\"token\":\"" + TOKEN + "\",\"reason\":\"Avion réparé\"}")));

        customer.register(CustomerServiceFake.getting(BOOKING, 200,
                CustomerServiceFake.CONFIRMED.replace("CONFIRMED", "CANCELLED")));
        given().header("X-Forwarded-For", "198.51.100.50")
                .queryParam("reference", "RDV-7KQ2M9XH").queryParam("jeton", TOKEN).queryParam("fait", "annule")
                .when().get("/rendez-vous/gerer")
                .then().statusCode(200)
                .body(containsString("Le rendez-vous a été annulé."))
                .body(containsString("data-status=\"CANCELLED\">annulé<"))
                .body(org.hamcrest.Matchers.not(containsString("id=\"cancel-form\"")));
    }

    @Test
    void anotherFreeTimeIsChosenThenConfirmed() {
        Document slots = Jsoup.parse(given().header("X-Forwarded-For", "198.51.100.51")
                .queryParam("reference", "RDV-7KQ2M9XH").queryParam("jeton", TOKEN)
                .queryParam("du", "2026-11-30").queryParam("jour", "2026-12-01")
                .when().get("/rendez-vous/gerer/creneaux")
                .then().statusCode(200)
                .extract().asString());
        assertThat(slots.selectFirst("h1").text()).isEqualTo("Choisissez un nouvel horaire");
        assertThat(slots.selectFirst("#chosen-type").text())
                .contains("Horaire actuel : lundi 30 novembre 2026 à 22:00");
        String move = slots.selectFirst(".slots a").attr("href");
        assertThat(move).isEqualTo("/rendez-vous/gerer/deplacer?reference=RDV-7KQ2M9XH&jeton=" + TOKEN_PARAM
                + "&debut=2026-12-01T08%3A00%3A00%2B01%3A00");

        Document confirm = Jsoup.parse(given().header("X-Forwarded-For", "198.51.100.51").urlEncodingEnabled(false)
                .when().get(move)
                .then().statusCode(200)
                .extract().asString());
        assertThat(confirm.selectFirst("#move-from").text()).isEqualTo("lundi 30 novembre 2026 à 22:00");
        assertThat(confirm.selectFirst("#move-to").text()).isEqualTo("mardi 1er décembre 2026 à 08:00");

        customer.register(CustomerServiceFake.posting(BOOKING + "/reschedule", 200, CustomerServiceFake.CONFIRMED));
        given().header("X-Forwarded-For", "198.51.100.51").redirects().follow(false)
                .formParam("reference", "RDV-7KQ2M9XH").formParam("jeton", TOKEN)
                .formParam("debut", confirm.selectFirst("form#move-form input[name=debut]").val())
                .when().post("/rendez-vous/gerer/deplacer")
                .then().statusCode(303)
                .header("Location", endsWith("&fait=deplace"));
        customer.verifyThat(postRequestedFor(urlPathEqualTo(CustomerServiceFake.API + BOOKING + "/reschedule"))
                .withRequestBody(equalToJson("{\"token\":\"" + TOKEN + "\",\"start\":\"2026-12-01T08:00:00+01:00\"}")));
    }

    @Test
    void aTakenTimeKeepsTheVisitorOnTheMovePage() {
        customer.register(CustomerServiceFake.posting(BOOKING + "/reschedule", 409, CustomerServiceFake.problem(409,
                "slot-taken", "This slot was just taken: choose another one")));
        given().header("X-Forwarded-For", "198.51.100.52")
                .formParam("reference", "RDV-7KQ2M9XH").formParam("jeton", TOKEN)
                .formParam("debut", "2026-12-01T08:00:00+01:00")
                .when().post("/rendez-vous/gerer/deplacer")
                .then().statusCode(409)
                .body(PageText.shows("Ce créneau vient d'être pris"))
                .body(containsString("role=\"alert\""));
    }

    @Test
    void aBadLinkIsAPage() {
        customer.register(CustomerServiceFake.getting(BOOKING, 400, CustomerServiceFake.problem(400, "validation",
                "Invalid field(s): token", "token", "is not a valid link for this booking, or it has expired")));
        given().header("X-Forwarded-For", "198.51.100.53")
                .queryParam("reference", "RDV-7KQ2M9XH").queryParam("jeton", "forged")
                .when().get("/rendez-vous/gerer")
                .then().statusCode(400)
                .contentType(containsString("text/html"))
                .body(containsString("Lien non valable"));
        given().header("X-Forwarded-For", "198.51.100.53")
                .queryParam("reference", "RDV-7KQ2M9XH")
                .when().get("/rendez-vous/gerer")
                .then().statusCode(400)
                .body(containsString("Lien non valable"));
    }
}
