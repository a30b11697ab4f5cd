package com.repaero.gateway.console;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebElement;

import com.repaero.gateway.LocalPlatform;

/**
 * The web console in a real headless Chromium against the real platform ({@link LocalPlatform}): Keycloak's login
 * page, the session cookie, a supplier registered through the form (with the API's field errors inline), logout,
 * role-based navigation, and partner tokens kept out of the console. Screenshots go to {@code target/screenshots}.
 */
@ExtendWith(LocalPlatform.class)
class ConsoleIT {

    @ParameterizedTest(name = "{0}x{1}")
    @CsvSource({"1024, 768", "768, 1024"})
    void purchasingRegistersASupplierAndLogsOut(int width, int height) {
        String size = width + "x" + height;
        String siren = aValidSiren();
        try (Browser browser = Browser.open(width, height)) {
            browser.go(LocalPlatform.gatewayUrl() + "/console");
            browser.waitForUrl(LocalPlatform.keycloakUrl());
            assertThat(browser.find("html").getAttribute("lang")).isEqualTo("fr");
            browser.screenshot("login-" + size);
            browser.logInOnKeycloak("purchasing", "repaero");

            browser.waitForUrl(LocalPlatform.gatewayUrl() + "/console");
            assertThat(browser.find("h1").getText()).contains("Acheteur");
            assertThat(browser.find("#roles").getText()).contains("Achats");
            assertThat(browser.find("[data-service=supplier]").getText()).contains("En service");
            assertThat(browser.find("[data-service=customer]").getText()).contains("Arrive en phase 2");
            Cookie session = browser.driver().manage().getCookieNamed("q_session");
            assertThat(session).as("session cookie").isNotNull();
            assertThat(session.isHttpOnly()).isTrue();
            assertThat(session.getSameSite()).isEqualTo("Lax");
            browser.assertNoHorizontalScroll();
            browser.assertTouchTargets();
            browser.screenshot("home-" + size);

            browser.find(".main-nav a[href='/console/suppliers']").click();
            browser.find("#new-supplier").click();
            browser.type("#legalName", "Hélices du Sud " + size);
            browser.type("#siren", "123456789");
            browser.type("#email", "achats@helices.example");
            browser.find("#create").click();

            WebElement error = browser.find("#siren-error");
            assertThat(error.getText()).isNotBlank();
            WebElement sirenField = browser.find("#siren");
            assertThat(sirenField.getAttribute("aria-invalid")).isEqualTo("true");
            assertThat(sirenField.getAttribute("aria-describedby")).contains("siren-error");
            assertThat(browser.find("#error-summary").getAttribute("role")).isEqualTo("alert");
            assertThat(browser.find("#legalName").getAttribute("value")).isEqualTo("Hélices du Sud " + size);
            assertThat(browser.find("#email").getAttribute("value")).isEqualTo("achats@helices.example");
            assertThat(browser.has("#legalName-error")).as("no error on a valid field").isFalse();
            browser.assertNoHorizontalScroll();
            browser.assertTouchTargets();
            browser.screenshot("supplier-form-error-" + size);

            browser.type("#siren", siren);
            browser.find("#create").click();
            assertThat(browser.find("#created-notice").getText()).contains("créé");
            assertThat(browser.find("#supplier-name").getText()).isEqualTo("Hélices du Sud " + size);
            assertThat(browser.find("#supplier-siren").getText()).isEqualTo(siren);
            assertThat(browser.find("#supplier-created-at").getText()).matches("\\d{2}/\\d{2}/\\d{4} \\d{2}:\\d{2}");
            browser.assertNoHorizontalScroll();
            browser.screenshot("supplier-created-" + size);

            browser.go(LocalPlatform.gatewayUrl() + "/console/suppliers?q=" + siren);
            assertThat(browser.find("#suppliers").getText()).contains("Hélices du Sud " + size).contains(siren);
            browser.assertNoHorizontalScroll();
            browser.assertTouchTargets();
            browser.screenshot("suppliers-" + size);

            browser.find("#logout").click();
            browser.waitForUrl(LocalPlatform.gatewayUrl() + "/signed-out");
            assertThat(browser.find("#signed-out").isDisplayed()).isTrue();
            // The Keycloak session is over too: the console asks for the password again.
            browser.go(LocalPlatform.gatewayUrl() + "/console");
            browser.waitForUrl(LocalPlatform.keycloakUrl());
            assertThat(browser.find("#password").isDisplayed()).isTrue();
        }
    }

    @Test
    void anonymousBrowserIsSentToTheKeycloakLoginPage() {
        try (Browser browser = Browser.open(1024, 768)) {
            browser.go(LocalPlatform.gatewayUrl() + "/console/suppliers");
            browser.waitForUrl(LocalPlatform.keycloakUrl() + "/realms/repaero/protocol/openid-connect/auth");
            assertThat(browser.find("#kc-form-login").isDisplayed()).isTrue();
            assertThat(browser.find("html").getAttribute("lang")).isEqualTo("fr");
            browser.logInOnKeycloak("accounting", "repaero");
            // Back on the page first asked for.
            browser.waitForUrl(LocalPlatform.gatewayUrl() + "/console/suppliers");
            assertThat(browser.has("#new-supplier")).as("accounting may not register suppliers").isFalse();
        }
    }

    @Test
    void technicianSeesNoPurchasingScreens() {
        try (Browser browser = Browser.open(768, 1024)) {
            browser.go(LocalPlatform.gatewayUrl() + "/console");
            browser.waitForUrl(LocalPlatform.keycloakUrl());
            browser.logInOnKeycloak("technician", "repaero");
            browser.waitForUrl(LocalPlatform.gatewayUrl() + "/console");
            List<String> links = browser.driver().findElements(By.cssSelector(".main-nav a")).stream()
                    .map(link -> link.getAttribute("href")).toList();
            assertThat(links).noneMatch(href -> href.contains("/console/suppliers"));
            browser.screenshot("home-technician-768x1024");

            for (String screen : List.of("/console/suppliers", "/console/suppliers/new", "/console/suppliers/1")) {
                browser.go(LocalPlatform.gatewayUrl() + screen);
                assertThat(browser.find("#forbidden").getText()).as(screen).isEqualTo("Accès refusé");
            }
        }
    }

    @Test
    void consoleSessionCallsTheApiWithItsToken() {
        try (Browser browser = Browser.open(1024, 768)) {
            browser.go(LocalPlatform.gatewayUrl() + "/console");
            browser.waitForUrl(LocalPlatform.keycloakUrl());
            browser.logInOnKeycloak("storekeeper", "repaero");
            browser.waitForUrl(LocalPlatform.gatewayUrl() + "/console");
            Object status = browser.driver().executeAsyncScript("""
                    const done = arguments[arguments.length - 1];
                    fetch('/api/supplier/suppliers?size=1').then(r => done(r.status), e => done(String(e)));""");
            assertThat(status).isEqualTo(200L);
            // The storekeeper's own roles still apply at the service: registering is refused.
            Object refused = browser.driver().executeAsyncScript("""
                    const done = arguments[arguments.length - 1];
                    fetch('/api/supplier/suppliers', {method: 'POST', headers: {'Content-Type': 'application/json'},
                      body: JSON.stringify({legalName: 'X', siren: '732829320'})}).then(r => done(r.status));""");
            assertThat(refused).isEqualTo(403L);
        }
    }

    @Test
    void englishSwitch() {
        try (Browser browser = Browser.open(1024, 768)) {
            browser.go(LocalPlatform.gatewayUrl() + "/console");
            browser.waitForUrl(LocalPlatform.keycloakUrl());
            browser.logInOnKeycloak("purchasing", "repaero");
            browser.waitForUrl(LocalPlatform.gatewayUrl() + "/console");
            browser.find(".lang-switch").click();
            browser.find(".main-nav a[href='/console/suppliers']");
            assertThat(browser.find("html").getAttribute("lang")).isEqualTo("en");
            assertThat(browser.find(".main-nav").getText()).contains("Suppliers");
            browser.go(LocalPlatform.gatewayUrl() + "/console/suppliers/new");
            browser.type("#legalName", "Propellers Ltd");
            browser.type("#siren", "123456789");
            browser.find("#create").click();
            assertThat(browser.find("#error-summary").getText()).contains("The form has");
            browser.screenshot("supplier-form-error-en-1024x768");
        }
    }

    @Test
    void partnerTokenWorksOnTheApiButNotInTheConsole() {
        String token = given().formParams(Map.of("grant_type", "client_credentials", "client_id", "partner-demo",
                "client_secret", "partner-demo-local-secret"))
                .post(LocalPlatform.tokenUrl())
                .then().statusCode(200).extract().path("access_token");

        given().auth().oauth2(token).when().get(LocalPlatform.gatewayUrl() + "/api/supplier/suppliers")
                .then().statusCode(200);
        given().auth().oauth2(token).redirects().follow(false)
                .when().get(LocalPlatform.gatewayUrl() + "/console")
                .then().statusCode(403)
                .contentType(containsString("text/html"))
                .body(containsString("réservée aux personnes"));
        given().redirects().follow(false).when().get(LocalPlatform.gatewayUrl() + "/api/supplier/suppliers")
                .then().statusCode(401)
                .contentType("application/problem+json");
        // A stale or forged session cookie on the API is a 401 problem too, never a redirect to the login page.
        given().redirects().follow(false).cookie("q_session", "not-a-session")
                .when().get(LocalPlatform.gatewayUrl() + "/api/supplier/suppliers")
                .then().statusCode(401)
                .contentType("application/problem+json");
    }

    /** 8 random digits and the Luhn key: a SIREN the supplier API accepts, new at each run. */
    static String aValidSiren() {
        StringBuilder digits = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            digits.append(ThreadLocalRandom.current().nextInt(10));
        }
        for (int key = 0; key < 10; key++) {
            String candidate = digits.toString() + key;
            if (luhn(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("no Luhn key for " + digits);
    }

    private static boolean luhn(String number) {
        int sum = 0;
        for (int i = 0; i < number.length(); i++) {
            int digit = number.charAt(number.length() - 1 - i) - '0';
            if (i % 2 == 1) {
                digit *= 2;
                if (digit > 9) {
                    digit -= 9;
                }
            }
            sum += digit;
        }
        return sum % 10 == 0;
    }
}
