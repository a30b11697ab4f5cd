package com.repaero.gateway.booking;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.time.Duration;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.github.tomakehurst.wiremock.client.WireMock;
import com.repaero.gateway.TestClock;
import com.repaero.gateway.console.Browser;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/**
 * The booking pages in a real headless Chromium (skipped without Debian's chromium), on a phone (375×667) and an iPad
 * (1024×768), customer-service faked: no horizontal scrolling, touch targets of 44 px, the refused form focusing its
 * error summary. The real platform's run is BookingPageIT. Screenshots go to {@code target/screenshots}.
 */
@QuarkusTest
@TestProfile(BookingProfile.class)
class BookingPagesBrowserTest {

    @ConfigProperty(name = "test.upstream.port")
    int upstreamPort;

    @TestHTTPResource("/rendez-vous")
    URL booking;

    @Inject
    TestClock clock;

    @ParameterizedTest(name = "{0}x{1}")
    @CsvSource({"375, 667", "1024, 768"})
    void aVisitorBooksAnUrgentAppointmentAndConfirmsItWithTheCode(int width, int height) {
        WireMock customer = CustomerServiceFake.reset(upstreamPort);
        customer.register(CustomerServiceFake.getting("/appointment-types", 200, CustomerServiceFake.TYPES));
        customer.register(CustomerServiceFake.getting("/availability", 200, CustomerServiceFake.AVAILABILITY));
        customer.register(CustomerServiceFake.getting("/booking-form", 200, CustomerServiceFake.FORM));
        customer.register(CustomerServiceFake.posting("/bookings", 201, CustomerServiceFake.PENDING));
        customer.register(post(urlPathEqualTo(CustomerServiceFake.API + "/bookings"))
                .withRequestBody(matchingJsonPath("$.email", equalTo("jeanne@")))
                .atPriority(1)
                .willReturn(CustomerServiceFake.json(400, CustomerServiceFake.problem(400, "validation",
                        "Invalid field(s): email", "email",
                        "doit être une adresse électronique syntaxiquement correcte"))));
        customer.register(CustomerServiceFake.posting("/bookings/RDV-7KQ2M9XH/confirmation", 200,
                CustomerServiceFake.CONFIRMED));
        // The browser is one visitor (one IP) loading 6 pages that call the service: a fresh budget for each run.
        clock.advance(Duration.ofMinutes(10));
        String size = width + "x" + height;

        try (Browser browser = Browser.open(width, height)) {
            browser.go(booking.toString());
            assertThat(browser.find("html").getAttribute("lang")).isEqualTo("fr");
            assertThat(browser.find(".type.aog .aog-badge").getText()).startsWith("Avion au sol (AOG)");
            checkLayout(browser, "booking-types-" + size);

            browser.go(booking + "/creneaux?type=aog&du=2026-11-30");
            assertThat(browser.find("#slots-title").getText()).isEqualTo("Horaires libres le lundi 30 novembre 2026");
            checkLayout(browser, "booking-slots-" + size);
            browser.find(".slots li:nth-child(2) a").click();

            assertThat(browser.find("#chosen-slot").getText()).contains("lundi 30 novembre 2026 à 22:00");
            browser.type("#contactName", "Jeanne Martin");
            browser.type("#email", "jeanne@");
            browser.type("#phone", "06 12 34 56 78");
            checkLayout(browser, "booking-form-" + size);
            browser.find("#send").click();

            assertThat(browser.find("#email-error").getText()).contains("adresse électronique");
            assertThat(browser.script("return document.activeElement.id")).isEqualTo("error-summary");
            assertThat(browser.find("#contactName").getAttribute("value")).isEqualTo("Jeanne Martin");
            checkLayout(browser, "booking-form-error-" + size);
            browser.type("#email", "jeanne@aeroclub.example");
            browser.find("#send").click();

            assertThat(browser.find("#registered").getText()).contains("RDV-7KQ2M9XH");
            checkLayout(browser, "booking-check-email-" + size);
            browser.type("#code", "123456");
            browser.find("#confirm-code").click();

            assertThat(browser.find("#confirmed-title").getText()).isEqualTo("Votre rendez-vous est confirmé");
            assertThat(browser.find("#booking-time").getText()).startsWith("22:00 – 23:00");
            checkLayout(browser, "booking-confirmed-" + size);
        }
    }

    private static void checkLayout(Browser browser, String screenshot) {
        browser.assertNoHorizontalScroll();
        browser.assertTouchTargets();
        browser.screenshot(screenshot);
    }
}
