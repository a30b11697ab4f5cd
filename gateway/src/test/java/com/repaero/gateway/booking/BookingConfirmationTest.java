package com.repaero.gateway.booking;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
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

/**
 * Pages 4 and 5: the 6-digit code typed on the "check your email" page, and the emailed link
 * ({@code /rendez-vous/confirmer?reference=…&jeton=…}), whose page confirms with one button — never on the GET that
 * mail scanners follow.
 */
@QuarkusTest
@TestProfile(BookingProfile.class)
class BookingConfirmationTest {

    static final String CONFIRM = "/bookings/RDV-7KQ2M9XH/confirmation";

    @ConfigProperty(name = "test.upstream.port")
    int upstreamPort;

    WireMock customer;

    @BeforeEach
    void customerService() {
        customer = CustomerServiceFake.reset(upstreamPort);
    }

    @Test
    void theRightCodeConfirmsAndShowsTheAppointment() {
        customer.register(CustomerServiceFake.posting(CONFIRM, 200, CustomerServiceFake.CONFIRMED));

        Document page = Jsoup.parse(code("198.51.100.40", "123 456")
                .then().statusCode(200)
                .extract().asString());

        assertThat(page.selectFirst("#confirmed-title").text()).isEqualTo("Votre rendez-vous est confirmé");
        assertThat(page.selectFirst("#booking-reference").text()).isEqualTo("RDV-7KQ2M9XH");
        assertThat(page.selectFirst("#booking-type").text()).isEqualTo("Intervention AOG");
        assertThat(page.selectFirst("#booking-day").text()).isEqualTo("lundi 30 novembre 2026");
        assertThat(page.selectFirst("#booking-time").text()).isEqualTo("22:00 – 23:00 (heure de Paris)");
        assertThat(page.selectFirst("#booking-status").text()).isEqualTo("confirmé");
        assertThat(page.selectFirst("#aog-notice").text()).contains("technicien d'astreinte");
        assertThat(page.selectFirst("#calendar-note").text()).contains(".ics");
        customer.verifyThat(postRequestedFor(urlPathEqualTo(CustomerServiceFake.API + CONFIRM))
                .withHeader("X-Forwarded-For", equalTo("198.51.100.40"))
                .withRequestBody(equalToJson("{\"code\":\"123456\"}")));
    }

    @Test
    void aWrongCodeIsAnErrorOnTheCodeFieldWithTheAttemptsLeft() {
        customer.register(CustomerServiceFake.posting(CONFIRM, 400, CustomerServiceFake.problem(400, "validation",
                "Invalid field(s): code", "code", "is not the code sent by email (4 attempt(s) left)")));

        Document page = Jsoup.parse(code("198.51.100.41", "654321")
                .then().statusCode(400)
                .extract().asString());

        assertThat(page.selectFirst("#code-error").text())
                .isEqualTo("ce n'est pas le code envoyé par e-mail (4 essai(s) restant(s))");
        assertThat(page.selectFirst("#code").attr("aria-describedby")).isEqualTo("code-hint code-error");
        assertThat(page.selectFirst("#code").attr("aria-invalid")).isEqualTo("true");
        assertThat(page.selectFirst("input[name=reference]").val()).isEqualTo("RDV-7KQ2M9XH");
        assertThat(page.selectFirst("#registered").text()).contains("lundi 30 novembre 2026 à 22:00");
    }

    @Test
    void aCodeThatIsNotSixDigitsNeverReachesTheService() {
        code("198.51.100.42", "12a45")
                .then().statusCode(400)
                .body(containsString("saisissez les 6 chiffres du code"));
        customer.verifyThat(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void theEmailedLinkConfirmsWithOneButtonNotOnItsGet() {
        Document page = Jsoup.parse(given().header("X-Forwarded-For", "198.51.100.43")
                .queryParam("reference", "RDV-7KQ2M9XH").queryParam("jeton", "confirm.token+/=")
                .when().get("/rendez-vous/confirmer")
                .then().statusCode(200)
                .extract().asString());
        customer.verifyThat(0, anyRequestedFor(anyUrl()));
        assertThat(page.selectFirst("form#confirm-form").attr("method")).isEqualTo("post");
        assertThat(page.selectFirst("form#confirm-form input[name=jeton]").val()).isEqualTo("confirm.token+/=");
        assertThat(page.selectFirst("button#confirm").text()).isEqualTo("Confirmer mon rendez-vous");

        customer.register(CustomerServiceFake.posting(CONFIRM, 200, CustomerServiceFake.CONFIRMED));
        given().header("X-Forwarded-For", "198.51.100.43")
                .formParam("reference", "RDV-7KQ2M9XH").formParam("jeton", "confirm.token+/=")
                .when().post("/rendez-vous/confirmer")
                .then().statusCode(200)
                .body(containsString("Votre rendez-vous est confirmé"));
        customer.verifyThat(postRequestedFor(urlPathEqualTo(CustomerServiceFake.API + CONFIRM))
                .withRequestBody(equalToJson("{\"token\":\"confirm.token+/=\"}")));
    }

    @Test
    void aBadOrLateLinkSaysWhatToDo() {
        customer.register(CustomerServiceFake.posting(CONFIRM, 400, CustomerServiceFake.problem(400, "validation",
                "Invalid field(s): token", "token", "is not a valid confirmation link for this booking")));
        link("198.51.100.44").then().statusCode(400)
                .body(PageText.shows("Ce lien n'est pas valable ou a expiré"));

        customer.register(CustomerServiceFake.posting(CONFIRM, 409, CustomerServiceFake.problem(409, "expired",
                "Booking RDV-7KQ2M9XH was not confirmed in time")));
        link("198.51.100.44").then().statusCode(409)
                .body(PageText.shows("n'a pas été confirmée à temps"));

        // A reference that is not one never reaches the service's paths.
        given().header("X-Forwarded-For", "198.51.100.44")
                .formParam("reference", "../customers").formParam("jeton", "x")
                .when().post("/rendez-vous/confirmer")
                .then().statusCode(400);
        customer.verifyThat(2, anyRequestedFor(anyUrl()));
    }

    private static io.restassured.response.Response code(String ip, String code) {
        return given().header("X-Forwarded-For", ip)
                .formParam("reference", "RDV-7KQ2M9XH").formParam("code", code)
                .formParam("debut", "2026-11-30T22:00:00+01:00").formParam("expire", "2026-11-23T10:30:00+01:00")
                .when().post("/rendez-vous/verification");
    }

    private static io.restassured.response.Response link(String ip) {
        return given().header("X-Forwarded-For", ip)
                .formParam("reference", "RDV-7KQ2M9XH").formParam("jeton", "confirm.token")
                .when().post("/rendez-vous/confirmer");
    }
}
