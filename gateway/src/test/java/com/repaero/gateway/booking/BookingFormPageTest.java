package com.repaero.gateway.booking;

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
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.client.WireMock;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/**
 * Page 3, the visitor's details: the signed form token and the honeypot in the page, both sent on to customer-service
 * with the details (phone in international form), then the "check your email" page.
 */
@QuarkusTest
@TestProfile(BookingProfile.class)
class BookingFormPageTest {

    static final String SLOT = "2026-11-30T22:00:00+01:00";

    @ConfigProperty(name = "test.upstream.port")
    int upstreamPort;

    WireMock customer;

    @BeforeEach
    void customerService() {
        customer = CustomerServiceFake.reset(upstreamPort);
        customer.register(CustomerServiceFake.getting("/appointment-types", 200, CustomerServiceFake.TYPES));
        customer.register(CustomerServiceFake.getting("/booking-form", 200, CustomerServiceFake.FORM));
        customer.register(CustomerServiceFake.posting("/bookings", 201, CustomerServiceFake.PENDING));
    }

    @Test
    void theFormCarriesTheSignedTokenAndAHiddenHoneypot() {
        String html = given().header("X-Forwarded-For", "198.51.100.20")
                .queryParam("type", "aog").queryParam("debut", SLOT)
                .when().get("/rendez-vous/coordonnees")
                .then().statusCode(200)
                .extract().asString();

        Document page = Jsoup.parse(html);
        assertThat(page.selectFirst("#chosen-slot").text())
                .contains("Intervention AOG — lundi 30 novembre 2026 à 22:00 (1 h)");
        Element form = page.selectFirst("form#booking-form");
        assertThat(form.attr("method")).isEqualTo("post");
        assertThat(form.attr("action")).isEqualTo("/rendez-vous/coordonnees");
        assertThat(form.selectFirst("input[name=formToken]").attr("type")).isEqualTo("hidden");
        assertThat(form.selectFirst("input[name=formToken]").val()).isEqualTo("signed-form-token-1");
        assertThat(form.selectFirst("input[name=debut]").val()).isEqualTo(SLOT);
        Element honeypot = form.selectFirst("input[name=website]");
        assertThat(honeypot.attr("tabindex")).isEqualTo("-1");
        assertThat(honeypot.parent().hasClass("hp")).isTrue();
        assertThat(honeypot.parent().attr("aria-hidden")).isEqualTo("true");
        // Every visible field has its label.
        for (String field : new String[]{"contactName", "companyName", "siren", "email", "phone", "message"}) {
            assertThat(page.select("label[for=" + field + "]")).as(field).hasSize(1);
        }
        assertThat(page.selectFirst("#siren").attr("aria-describedby")).isEqualTo("siren-hint");
    }

    @Test
    void theBookingGoesOnWithTokenHoneypotAndDetailsThenTheCheckYourEmailPage() {
        String location = given().header("X-Forwarded-For", "198.51.100.21").redirects().follow(false)
                .formParam("type", "aog").formParam("debut", SLOT).formParam("formToken", "signed-form-token-1")
                .formParam("website", "").formParam("contactName", " Jeanne Martin ")
                .formParam("companyName", "Aéro Club du Lauragais").formParam("siren", "732 829 320")
                .formParam("email", "jeanne@aeroclub.example").formParam("phone", "06 12 34 56 78")
                .formParam("message", "F-GKQR, train avant")
                .when().post("/rendez-vous/coordonnees")
                .then().statusCode(303)
                .extract().header("Location");

        assertThat(location).endsWith("/rendez-vous/verification?reference=RDV-7KQ2M9XH"
                + "&debut=2026-11-30T22%3A00%3A00%2B01%3A00&expire=2026-11-23T10%3A30%3A00%2B01%3A00");
        customer.verifyThat(postRequestedFor(urlPathEqualTo(CustomerServiceFake.API + "/bookings"))
                .withHeader("X-Forwarded-For", equalTo("198.51.100.21"))
                .withRequestBody(equalToJson("""
                        {"appointmentType":"aog","start":"2026-11-30T22:00:00+01:00","contactName":"Jeanne Martin",
                         "companyName":"Aéro Club du Lauragais","siren":"732829320","email":"jeanne@aeroclub.example",
                         "phone":"+33612345678","message":"F-GKQR, train avant","formToken":"signed-form-token-1",
                         "website":""}""")));

        Document page = Jsoup.parse(given().header("X-Forwarded-For", "198.51.100.21").urlEncodingEnabled(false)
                .when().get(location.substring(location.indexOf("/rendez-vous")))
                .then().statusCode(200)
                .extract().asString());
        assertThat(page.selectFirst("#registered").text())
                .contains("Votre demande RDV-7KQ2M9XH pour le lundi 30 novembre 2026 à 22:00 est enregistrée.")
                .contains("Sans confirmation avant 10:30, l'horaire sera libéré.");
        Element code = page.selectFirst("form#code-form input#code");
        assertThat(code.attr("inputmode")).isEqualTo("numeric");
        assertThat(code.attr("autocomplete")).isEqualTo("one-time-code");
        assertThat(page.selectFirst("label[for=code]").text()).isEqualTo("Code à 6 chiffres");
    }

    @Test
    void aFilledHoneypotIsForwardedForTheServiceToRefuse() {
        customer.register(CustomerServiceFake.posting("/bookings", 422, CustomerServiceFake.problem(422,
                "form-rejected", "The booking form was not filled in as expected")));

        given().header("X-Forwarded-For", "198.51.100.22")
                .formParam("type", "aog").formParam("debut", SLOT).formParam("formToken", "signed-form-token-1")
                .formParam("website", "http://spam.example").formParam("contactName", "Bot")
                .formParam("email", "bot@spam.example")
                .when().post("/rendez-vous/coordonnees")
                .then().statusCode(422)
                .body(PageText.shows("Le formulaire n'a pas été rempli comme prévu"))
                // The robot's value is not echoed back.
                .body(org.hamcrest.Matchers.not(containsString("http://spam.example")));

        customer.verifyThat(postRequestedFor(urlPathEqualTo(CustomerServiceFake.API + "/bookings"))
                .withRequestBody(
                        equalToJson("{\"website\":\"http://spam.example\",\"formToken\":\"signed-form-token-1\"}",
                                true, true)));
    }
}
