package com.repaero.gateway.console;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
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
import org.openqa.selenium.support.ui.Select;

import com.repaero.gateway.LocalPlatform;
import com.repaero.platform.testing.TestCompanyIds;

/**
 * The web console in a real headless Chromium against the real platform ({@link LocalPlatform}): Keycloak's login
 * page, the session cookie, a supplier registered through the form (with the API's field errors inline) and approved,
 * a purchase order drafted, sent and received with its inspection and certificate, logout, role-based navigation,
 * every phase-1 screen on an iPad in portrait (with names for every field and control), and partner tokens kept out of the console. Screenshots go to
 * {@code target/screenshots}.
 */
@ExtendWith(LocalPlatform.class)
class ConsoleIT {

    @ParameterizedTest(name = "{0}x{1}")
    @CsvSource({"1024, 768", "768, 1024"})
    void purchasingRegistersASupplierOrdersAndReceivesThenLogsOut(int width, int height) {
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

            registerSupplier(browser, size, siren);
            approveSupplier(browser, size);
            draftAndSendAnOrder(browser, size);
            receiveTheOrder(browser, size);

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

    /** The supplier form: the service's field error next to its field first, then the supplier registered. */
    private static void registerSupplier(Browser browser, String size, String siren) {
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
    }

    /** Only an approved supplier gets orders: purchasing records the supplier evaluation. */
    private static void approveSupplier(Browser browser, String size) {
        new Select(browser.find("#approval-status")).selectByValue("APPROVED");
        browser.type("#scope", "Hélices et pièces ATA 61, EASA Form 1");
        browser.setValue("#approvedUntil", LocalDate.now().plusYears(1).toString());
        browser.type("#reason", "Audit fournisseur satisfaisant");
        browser.find("#record-approval").click();
        assertThat(browser.find("#done-notice").getText()).contains("agrément");
        assertThat(browser.find("#supplier-approval").getText()).startsWith("Agréé");
        browser.assertNoHorizontalScroll();
        browser.assertTouchTargets();
        browser.screenshot("supplier-approved-" + size);
    }

    /** An order drafted from the supplier's page (French amounts), then sent. */
    private static void draftAndSendAnOrder(Browser browser, String size) {
        browser.find("#supplier-new-order").click();
        assertThat(browser.find("#supplier-choices input:checked").getAttribute("value")).isNotBlank();
        browser.type("#line-0-partNumber", "HC-B3TN-5");
        browser.type("#line-0-description", "Moyeu d'hélice révisé");
        browser.type("#line-0-quantity", "2");
        browser.type("#line-0-unitPrice", "1 250,50");
        browser.setValue("#line-0-expectedDate", LocalDate.now().plusDays(10).toString());
        browser.find("#add-line").click();
        assertThat(browser.find("#line-3-partNumber").getAttribute("value")).isEmpty();
        assertThat(browser.find("#line-0-unitPrice").getAttribute("value")).isEqualTo("1 250,50");
        browser.assertNoHorizontalScroll();
        browser.assertTouchTargets();
        browser.screenshot("order-form-" + size);
        browser.find("#create-order").click();

        assertThat(browser.find("#done-notice").getText()).contains("créée");
        assertThat(browser.find("#order-state").getText()).isEqualTo("Brouillon");
        assertThat(browser.find("#order-total").getText().replace('\u202F', ' ').replace('\u00A0', ' '))
                .isEqualTo("2 501,00 €");
        browser.find("#send-order").click();
        assertThat(browser.find("#order-state").getText()).isEqualTo("Envoyée");
        browser.assertNoHorizontalScroll();
        browser.assertTouchTargets();
        browser.screenshot("order-sent-" + size);
    }

    /** The receiving form: the certificate reference the service requires, then the parts accepted with their serials. */
    private static void receiveTheOrder(Browser browser, String size) {
        browser.type(".receive-form [name=deliveryNote]", "BL-" + size);
        new Select(browser.find(".receive-form [name=certificateType]")).selectByValue("EASA_FORM_1");
        browser.type(".receive-form [name=serialNumbers]", "SN-" + size + "-1\nSN-" + size + "-2");
        browser.find(".receive-form button[type=submit]").click();

        WebElement error = browser.find("[id$='-certificateReference-error']");
        assertThat(error.getText()).isNotBlank();
        assertThat(browser.find(".receive-form [name=certificateReference]").getAttribute("aria-invalid"))
                .isEqualTo("true");
        assertThat(browser.find(".receive-form [name=serialNumbers]").getAttribute("value"))
                .isEqualTo("SN-" + size + "-1\nSN-" + size + "-2");
        browser.assertNoHorizontalScroll();
        browser.screenshot("receipt-error-" + size);

        browser.type(".receive-form [name=certificateReference]", "F1-2026-" + size);
        browser.find(".receive-form [value=ACCEPTED]").click();
        browser.find(".receive-form button[type=submit]").click();
        assertThat(browser.find("#done-notice").getText()).contains("réception");
        assertThat(browser.find("#order-state").getText()).isEqualTo("Reçue");
        assertThat(browser.find("#receipts").getText()).contains("EASA Form 1 F1-2026-" + size)
                .contains("SN-" + size + "-1, SN-" + size + "-2").contains("Accepté");
        browser.assertNoHorizontalScroll();
        browser.assertTouchTargets();
        browser.screenshot("order-received-" + size);
    }

    /** Every phase-1 screen an admin opens fits an iPad in portrait, with touch-sized controls. */
    @Test
    void adminScreensFitAnIpadInPortraitAndTheImportDryRuns() throws Exception {
        try (Browser browser = Browser.open(768, 1024)) {
            browser.go(LocalPlatform.gatewayUrl() + "/console");
            browser.waitForUrl(LocalPlatform.keycloakUrl());
            browser.logInOnKeycloak("admin", "repaero");
            browser.waitForUrl(LocalPlatform.gatewayUrl() + "/console");
            // Phase 1: the admin's navigation holds the supplier screens only.
            List<String> links = browser.driver().findElements(By.cssSelector(".main-nav a")).stream()
                    .map(link -> link.getAttribute("href")).toList();
            assertThat(links).anyMatch(href -> href.endsWith("/console/suppliers"))
                    .noneMatch(href -> href.contains("/console/customers") || href.contains("/console/crm")
                            || href.contains("/console/invoices") || href.contains("/console/appointments")
                            || href.contains("/console/receipts") || href.contains("/console/migration/access"));
            browser.go(LocalPlatform.gatewayUrl() + "/console/customers");
            assertThat(browser.find("[role=alert]").getText()).contains("phase 2");
            for (String screen : List.of("orders", "orders/new", "shipments", "shipments/new", "bills", "bills/new",
                    "payments", "payments/new", "statements", "migration")) {
                browser.go(LocalPlatform.gatewayUrl() + "/console/" + screen);
                assertThat(browser.find("h1").getText()).as(screen).isNotBlank();
                assertThat(browser.has("#forbidden")).as(screen).isFalse();
                browser.assertNoHorizontalScroll();
                browser.assertTouchTargets();
                browser.assertAccessibleNames();
                browser.screenshot("admin-" + screen.replace('/', '-') + "-768x1024");
            }

            // The legacy import: the CSV goes through the console's upload to the service, dry run first.
            String code = "IT" + ThreadLocalRandom.current().nextInt(100000, 999999);
            Path csv = Files.createTempFile("fournisseurs", ".csv");
            Files.writeString(csv, "Code fournisseur;Raison sociale;SIREN\n" + code + ";AERO IMPORT SAS;"
                    + aValidSiren() + "\n" + code + "X;SANS SIREN;12345\n");
            browser.go(LocalPlatform.gatewayUrl() + "/console/migration");
            browser.find("#file").sendKeys(csv.toAbsolutePath().toString());
            browser.find("#dry-run").click();
            assertThat(browser.find("#count-created").getText()).isEqualTo("1");
            assertThat(browser.find("#count-rejected").getText()).isEqualTo("1");
            assertThat(browser.find("#rejected-rows").getText()).contains(code + "X");
            browser.assertNoHorizontalScroll();
            browser.screenshot("admin-migration-dry-run-768x1024");
            browser.find("#confirm-run").click();
            assertThat(browser.find("#done-notice").getText()).contains("Import terminé");
            assertThat(browser.find("#other-rows").getText()).contains(code);
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
            assertThat(links).noneMatch(href -> href.contains("/console/suppliers") || href.contains("/console/orders")
                    || href.contains("/console/shipments") || href.contains("/console/bills"));
            browser.screenshot("home-technician-768x1024");

            for (String screen : List.of("/console/suppliers", "/console/suppliers/new", "/console/suppliers/1",
                    "/console/orders", "/console/orders/new", "/console/shipments", "/console/bills",
                    "/console/payments", "/console/statements", "/console/migration")) {
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

    /** A SIREN the supplier API accepts, new at each run. */
    static String aValidSiren() {
        return TestCompanyIds.nextSiren();
    }
}
