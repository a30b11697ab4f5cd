package com.repaero.gateway.console;

import static com.repaero.gateway.console.PhaseTwo.fitsAndShoot;
import static com.repaero.gateway.console.PhaseTwo.url;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.WebElement;

/**
 * Sales registers a customer in a real Chromium against the phase-2 platform: customer-service's field error on an
 * invalid SIREN shown next to the field, the typed values kept, then the customer's page; an edit with an invalid
 * e-mail refused inline then saved (If-Match); the list finds it.
 */
class ConsoleCustomersIT {

    @RegisterExtension
    static final BeforeAllCallback PLATFORM = PhaseTwo.PLATFORM;

    @ParameterizedTest(name = "{0}x{1}")
    @CsvSource({"1024, 768", "768, 1024"})
    void salesRegistersAndEditsACustomerAfterTheServiceRefusedItsInput(int width, int height) {
        String size = width + "x" + height;
        String name = "Aéro-Club de Muret " + size + " " + PhaseTwo.aValidSiren();
        String siren = PhaseTwo.aValidSiren();
        try (Browser browser = PhaseTwo.signedIn("sales", width, height)) {
            browser.find(".main-nav a[href='/console/customers']").click();
            assertThat(browser.find("h1").getText()).isEqualTo("Clients");
            fitsAndShoot(browser, "p2-customers-" + size);

            browser.find("#new-customer").click();
            browser.type("#legalName", name);
            browser.type("#siren", "123456789");
            browser.type("#line1", "Aérodrome de Muret-Lherm");
            browser.type("#postalCode", "31600");
            browser.type("#city", "Muret");
            browser.find("#create").click();

            WebElement error = browser.find("#siren-error");
            assertThat(error.getText()).isNotBlank();
            WebElement sirenField = browser.find("#siren");
            assertThat(sirenField.getAttribute("aria-invalid")).isEqualTo("true");
            assertThat(sirenField.getAttribute("aria-describedby")).contains("siren-error");
            assertThat(browser.find("#error-summary").getText()).contains(error.getText());
            assertThat(browser.find("#legalName").getAttribute("value")).isEqualTo(name);
            assertThat(browser.find("#city").getAttribute("value")).isEqualTo("Muret");
            assertThat(browser.has("#legalName-error") || browser.has("#city-error")).as("no error on a valid field")
                    .isFalse();
            fitsAndShoot(browser, "p2-customer-form-error-" + size);

            browser.type("#siren", siren);
            browser.find("#create").click();
            assertThat(browser.find("#created-notice").getText()).isNotBlank();
            assertThat(browser.find("h1").getText()).isEqualTo(name);
            assertThat(browser.find(".facts").getText()).contains(siren).contains("Muret");
            fitsAndShoot(browser, "p2-customer-created-" + size);

            // Edited: an invalid e-mail refused inline, then the customer moves to Seysses.
            browser.find("#edit-customer").click();
            browser.type("#email", "compta-at-muret");
            browser.type("#city", "Seysses");
            browser.find("#save-customer").click();
            assertThat(browser.find("#email-error").getText()).isNotBlank();
            assertThat(browser.find("#city").getAttribute("value")).isEqualTo("Seysses");
            browser.type("#email", "compta@aeroclub-muret.example");
            browser.find("#save-customer").click();
            assertThat(browser.find("#done-notice").getText()).isNotBlank();
            assertThat(browser.find(".facts").getText()).contains("Seysses").contains("compta@aeroclub-muret.example");
            fitsAndShoot(browser, "p2-customer-edited-" + size);

            browser.go(url("/console/customers"));
            browser.type("#q", siren);
            browser.find(".search button[type=submit]").click();
            browser.waitForUrl(url("/console/customers?q="));
            assertThat(browser.find("#customers").getText()).contains(name).contains(siren);
            assertThat(browser.find("#result-count").getText()).startsWith("1 ");
            fitsAndShoot(browser, "p2-customers-search-" + size);
        }
    }
}
