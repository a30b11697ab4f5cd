package com.repaero.gateway.booking;

import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.client.WireMock;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.specification.RequestSpecification;

/**
 * The API's refusals of a booking, shown on the form: field errors (problem+json {@code errors}) next to their
 * fields and announced, the typed values kept, and the anti-abuse refusals said in plain French.
 */
@QuarkusTest
@TestProfile(BookingProfile.class)
class BookingFormErrorsTest {

    @ConfigProperty(name = "test.upstream.port")
    int upstreamPort;

    WireMock customer;

    @BeforeEach
    void customerService() {
        customer = CustomerServiceFake.reset(upstreamPort);
        customer.register(CustomerServiceFake.getting("/appointment-types", 200, CustomerServiceFake.TYPES));
        customer.register(CustomerServiceFake.getting("/booking-form", 200,
                CustomerServiceFake.FORM.replace("signed-form-token-1", "signed-form-token-2")));
    }

    @Test
    void fieldErrorsAreNextToTheirFieldsAndTheTypedValuesStay() {
        customer.register(CustomerServiceFake.posting("/bookings", 400, CustomerServiceFake.problem(400,
                "validation", "Invalid field(s): contactName, email, siren",
                "contactName", "ne doit pas être vide",
                "email", "doit être une adresse électronique syntaxiquement correcte",
                "siren", "doit être un SIREN valide (9 chiffres avec une clé correcte)",
                "phone", "doit être un numéro de téléphone au format international")));

        Document page = html(send("198.51.100.30", "")
                .formParam("email", "jeanne@").formParam("siren", "123456789").formParam("phone", "12 34")
                .formParam("message", "Bonjour <équipe>")
                .when().post("/rendez-vous/coordonnees")
                .then().statusCode(400)
                .extract().asString());

        Element summary = page.selectFirst("#error-summary");
        assertThat(summary.attr("role")).isEqualTo("alert");
        assertThat(summary.selectFirst("p").text()).isEqualTo("Le formulaire contient 4 erreur(s) :");
        assertThat(summary.select("a").eachAttr("href")).containsExactly("#contactName", "#email", "#siren", "#phone");
        assertThat(summary.select("a").first().text()).isEqualTo("Nom et prénom : ne doit pas être vide");

        Element siren = page.selectFirst("#siren");
        assertThat(siren.attr("aria-invalid")).isEqualTo("true");
        assertThat(siren.attr("aria-describedby")).isEqualTo("siren-hint siren-error");
        assertThat(siren.val()).isEqualTo("123456789");
        assertThat(page.selectFirst("#siren-error").text())
                .isEqualTo("doit être un SIREN valide (9 chiffres avec une clé correcte)");
        assertThat(page.selectFirst("#email").val()).isEqualTo("jeanne@");
        assertThat(page.selectFirst("#contactName").attr("aria-describedby")).isEqualTo("contactName-error");
        // The page's own words for the phone: visitors may type national numbers.
        assertThat(page.selectFirst("#phone-error").text())
                .startsWith("doit être un numéro de téléphone, par exemple 06");
        assertThat(page.selectFirst("#message").text()).isEqualTo("Bonjour <équipe>");
        assertThat(page.select("#companyName-error")).as("no error on a valid field").isEmpty();
        assertThat(page.selectFirst("#companyName").hasAttr("aria-invalid")).isFalse();
        // The same signed form goes back: it is still valid.
        assertThat(page.selectFirst("input[name=formToken]").val()).isEqualTo("signed-form-token-1");
        customer.verifyThat(0, getRequestedFor(urlPathEqualTo(CustomerServiceFake.API + "/booking-form")));
    }

    @Test
    void inEnglishTheFieldsAreNamedInEnglish() {
        customer.register(CustomerServiceFake.posting("/bookings", 400, CustomerServiceFake.problem(400,
                "validation", "Invalid field(s): contactName", "contactName", "must not be blank")));

        Document page = html(send("198.51.100.33", "").cookie(BookingPages.LANGUAGE_COOKIE, "en")
                .when().post("/rendez-vous/coordonnees")
                .then().statusCode(400)
                .extract().asString());

        assertThat(page.selectFirst("html").attr("lang")).isEqualTo("en");
        assertThat(page.selectFirst("#error-summary p").text()).isEqualTo("The form has 1 error(s):");
        assertThat(page.selectFirst("#error-summary a").text()).isEqualTo("Full name: must not be blank");
        assertThat(page.selectFirst("label[for=contactName]").text()).isEqualTo("Full name (required)");
    }

    @Test
    void anExpiredFormIsRenewedAndATooQuickOneIsExplained() {
        customer.register(CustomerServiceFake.posting("/bookings", 400, CustomerServiceFake.problem(400,
                "validation", "Invalid field(s): formToken",
                "formToken", "is missing, altered or expired: reload the booking page")));
        Document expired = html(send("198.51.100.31", "").when().post("/rendez-vous/coordonnees")
                .then().statusCode(400).extract().asString());
        assertThat(expired.selectFirst("#error-summary").text()).contains("Le formulaire a expiré");
        assertThat(expired.selectFirst("input[name=formToken]").val()).isEqualTo("signed-form-token-2");
        assertThat(expired.selectFirst("#contactName").val()).isEqualTo("Jeanne Martin");

        customer.register(CustomerServiceFake.posting("/bookings", 422, CustomerServiceFake.problem(422,
                "form-too-fast", "The form was sent too quickly")));
        Document tooFast = html(send("198.51.100.31", "").when().post("/rendez-vous/coordonnees")
                .then().statusCode(422).extract().asString());
        assertThat(tooFast.selectFirst("#error-summary").text())
                .contains("patientez quelques secondes puis renvoyez-le");
    }

    @Test
    void aTakenSlotAndTheEmailLimitsAreSaidInFrench() {
        customer.register(CustomerServiceFake.posting("/bookings", 409, CustomerServiceFake.problem(409,
                "slot-taken", "This slot was just taken: choose another one")));
        Document taken = html(send("198.51.100.32", "").when().post("/rendez-vous/coordonnees")
                .then().statusCode(409).extract().asString());
        assertThat(taken.selectFirst("#error-summary").text()).contains("Ce créneau vient d'être pris");
        assertThat(taken.selectFirst("#error-summary a").attr("href"))
                .isEqualTo("/rendez-vous/creneaux?type=aog&jour=2026-11-30");

        customer.register(CustomerServiceFake.posting("/bookings", 429, CustomerServiceFake.problem(429,
                "too-many-pending", "This email address already has 2 booking(s) waiting for confirmation")));
        Document pending = html(send("198.51.100.32", "").when().post("/rendez-vous/coordonnees")
                .then().statusCode(429).extract().asString());
        assertThat(pending.selectFirst("#error-summary").text())
                .contains("Cette adresse e-mail a déjà des demandes en attente de confirmation");
    }

    private static RequestSpecification send(String ip, String honeypot) {
        return given().header("X-Forwarded-For", ip)
                .formParam("type", "aog").formParam("debut", BookingFormPageTest.SLOT)
                .formParam("formToken", "signed-form-token-1").formParam("website", honeypot)
                .formParam("contactName", "Jeanne Martin");
    }

    private static Document html(String body) {
        return Jsoup.parse(body);
    }
}
